import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';

export interface DevServer {
	url: string;
	/** Everything the server has printed so far, stdout and stderr together. */
	output: () => string;
	/** Waits (bounded) until the server's output matches. */
	waitForOutput: (pattern: RegExp, timeoutMs: number) => Promise<void>;
	stop: () => Promise<void>;
}

/** This process's environment without the test runner's own variables, which turn Astro's dev server into a test one. */
function ownEnvironment(): NodeJS.ProcessEnv {
	return Object.fromEntries(
		Object.entries(process.env).filter(([key]) => !/^(?:VITEST|NODE_ENV$|TEST$|MODE$)/.test(key)),
	);
}

/** A port the system says is free now. */
async function freePort(): Promise<number> {
	return new Promise((resolve, reject) => {
		const server = createServer();
		server.once('error', reject);
		server.listen(0, '127.0.0.1', () => {
			const { port } = server.address() as { port: number };
			server.close(() => resolve(port));
		});
	});
}

/**
 * `npm run dev -- --port N --host 127.0.0.1` on a content folder. The server runs
 * in a process group of its own, so `stop()` (and, failing that, the test process exiting) ends
 * it and anything it started.
 */
export async function startDevServer(
	contentDir: string,
	readyTimeoutMs = 120_000,
): Promise<DevServer> {
	const port = await freePort();
	// Exactly the editor's command, so the test also covers the script and its --port and --host.
	const child: ChildProcess = spawn(
		'npm',
		['run', 'dev', '--', '--port', String(port), '--host', '127.0.0.1'],
		{
			env: {
				...ownEnvironment(),
				EDITION_CONTENT_DIR: contentDir,
				ASTRO_TELEMETRY_DISABLED: '1',
				FORCE_COLOR: '0',
				NO_COLOR: '1',
			},
			stdio: ['ignore', 'pipe', 'pipe'],
			detached: true,
		},
	);
	let log = '';
	child.stdout!.on('data', (chunk: Buffer) => (log += chunk.toString()));
	child.stderr!.on('data', (chunk: Buffer) => (log += chunk.toString()));
	const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
	const killGroup = (signal: NodeJS.Signals) => {
		try {
			process.kill(-child.pid!, signal);
		} catch {
			// Already gone.
		}
	};
	const onExit = () => killGroup('SIGKILL');
	process.once('exit', onExit);

	const waitForOutput = async (pattern: RegExp, timeoutMs: number) => {
		const deadline = Date.now() + timeoutMs;
		while (!pattern.test(log)) {
			if (child.exitCode !== null)
				throw new Error(`npm run dev stopped (code ${child.exitCode}):\n${log}`);
			if (Date.now() > deadline)
				throw new Error(
					`npm run dev printed nothing matching ${pattern} in ${timeoutMs} ms:\n${log}`,
				);
			await new Promise((resolve) => setTimeout(resolve, 100));
		}
	};
	const stop = async () => {
		process.off('exit', onExit);
		killGroup('SIGTERM');
		if (child.exitCode === null && child.signalCode === null) {
			const timer = setTimeout(() => killGroup('SIGKILL'), 5_000);
			await exited;
			clearTimeout(timer);
		}
		// Whatever npm started and left behind goes too.
		killGroup('SIGKILL');
	};
	try {
		await waitForOutput(new RegExp(`http://127\\.0\\.0\\.1:${port}/`), readyTimeoutMs);
	} catch (error) {
		await stop();
		throw error;
	}
	return { url: `http://127.0.0.1:${port}`, output: () => log, waitForOutput, stop };
}
