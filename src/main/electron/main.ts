import { createHandlers } from '../host';
import { startApp } from './lifecycle';

startApp({
  createHandlers,
  mainDir: __dirname,
  argv: process.argv,
  cwd: process.cwd(),
  env: process.env,
});
