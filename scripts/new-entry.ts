/** `npm run new -- <collection> <file-name>`: writes a valid starter file with every field explained. */
import { writeStarter } from '../src/lib/content/starter.ts';

const [collection, id] = process.argv.slice(2);
const { status, message } = writeStarter(process.env.CONTENT_ROOT ?? process.cwd(), collection, id, new Date().toISOString().slice(0, 10));
if (status === 0) console.log(message);
else console.error(message);
process.exitCode = status;
