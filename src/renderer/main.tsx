import './zod-jitless';
import 'dkfds-dist/css/dkfds.min.css';
import './styles/global.css';
import { createRoot } from 'react-dom/client';

const element = document.getElementById('root');
if (!element) throw new Error('index.html has no #root element');
const root = createRoot(element);

// The rest of the program is a module of its own, evaluated in a task of its own. Evaluating
// everything as one script made one long task of start-up; worse, React builds an Error while it
// sets itself up, and Chromium records a stack with line numbers for every Error, so V8 parsed
// the whole bundle a second time for the line of its top-level frame. Here that frame is this
// small module's.
void import('./start').then(({ start }) => start(root));
