import { createHandlers } from '../core/api/handlers';
import { startApp } from './lifecycle';

startApp({
  createHandlers,
  mainDir: __dirname,
  argv: process.argv,
  cwd: process.cwd(),
  env: process.env,
});
