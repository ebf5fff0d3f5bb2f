export { GET } from '../echo/route.js';
