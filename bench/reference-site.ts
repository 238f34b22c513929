import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';

/**
 * The reference site: the same text in a stock Starlight site with its own Pagefind search, built
 * in the same run as our measures, since absolute figures drift on a shared machine.
 * `REFERENCE_DIST` names an already-built dist/; otherwise the peer's build script (beside the
 * project, as `../shared/peers/starlight/build.sh`) builds it and prints where. Undefined when
 * neither is there: the comparison is then left out, and said so.
 */
export function referenceSiteDir(): string | undefined {
	if (process.env.REFERENCE_DIST) return path.resolve(process.env.REFERENCE_DIST);
	const script = path.resolve('../shared/peers/starlight/build.sh');
	if (!existsSync(script)) return undefined;
	const output = execFileSync('bash', [script], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
	const dir = output.trim().split('\n').at(-1);
	return dir && existsSync(dir) ? dir : undefined;
}
