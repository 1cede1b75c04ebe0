#!/usr/bin/env python3
"""Latency of `ccm-lint lsp` for a one-file change, over stdio as an editor drives it.

Usage: scripts/bench-lsp.py FOLDER [--changes N] [--file PATH] [--no-watch | --server-watch] [--server-log PATH]

Starts `./ccm-lint lsp --debounce 0` with FOLDER as the workspace folder, opens one file of it
(--file, else the first .json policy found), then sends N didChange notifications, alternating
between the file's text and the text edited (its "Version" renamed; a file without one gets a
comment line more), and times each from the change sent to its diagnostics received. The client
says it can watch files, as VS Code does, so the server registers a watcher and keeps its list of
files between lints. --server-watch: a client that cannot (Neovim 0.7), so the server watches the
folder itself; --no-watch: that, and the server started with --no-watch, so every lint walks the
folder and takes the workspace as changed. Prints the warm-up lint, the median and p95 of the changes after the
first 5, and the server's peak RSS (VmHWM). --server-log keeps the server's standard error (with
CCM_LINT_JAVA_OPTS=-Dccmlint.timing: each lint's phases). Not run by `mvn verify`; see docs/performance.md.
"""
import json, os, subprocess, sys, time, pathlib

def main():
    args = sys.argv[1:]
    if not args:
        print(__doc__, file=sys.stderr)
        sys.exit(2)
    folder = pathlib.Path(args[0]).resolve()
    changes = int(args[args.index('--changes') + 1]) if '--changes' in args else 50
    file = pathlib.Path(args[args.index('--file') + 1]).resolve() if '--file' in args else \
        next(p for p in sorted(folder.rglob('*.json')) if '"Version"' in p.read_text(errors='replace'))
    log = open(args[args.index('--server-log') + 1], 'w') if '--server-log' in args else subprocess.DEVNULL
    here = pathlib.Path(__file__).resolve().parent.parent
    server = [str(here / 'ccm-lint'), 'lsp', '--debounce', '0'] + (['--no-watch'] if '--no-watch' in args else [])
    proc = subprocess.Popen(server, stdin=subprocess.PIPE,
                            stdout=subprocess.PIPE, stderr=log)
    next_id = [0]

    def send(method, params, request=False):
        msg = {'jsonrpc': '2.0', 'method': method, 'params': params}
        if request:
            next_id[0] += 1
            msg['id'] = next_id[0]
        body = json.dumps(msg).encode()
        proc.stdin.write(b'Content-Length: %d\r\n\r\n' % len(body) + body)
        proc.stdin.flush()

    def receive():
        while True:
            m = read()
            if 'method' in m and 'id' in m:  # a request of the server (client/registerCapability): accepted
                body = json.dumps({'jsonrpc': '2.0', 'id': m['id'], 'result': None}).encode()
                proc.stdin.write(b'Content-Length: %d\r\n\r\n' % len(body) + body)
                proc.stdin.flush()
                continue
            return m

    def read():
        length = 0
        while True:
            line = proc.stdout.readline()
            if not line:
                raise SystemExit('the server closed its output')
            if line in (b'\r\n', b'\n'):
                break
            if line.lower().startswith(b'content-length:'):
                length = int(line.split(b':')[1])
        return json.loads(proc.stdout.read(length))

    def diagnostics_for(uri):
        while True:
            m = receive()
            if m.get('method') == 'textDocument/publishDiagnostics' and m['params']['uri'] == uri:
                return m['params']['diagnostics']

    watch = '--no-watch' not in args and '--server-watch' not in args
    capabilities = {'workspace': {'didChangeWatchedFiles': {'dynamicRegistration': True}}} if watch else {}
    send('initialize', {'processId': os.getpid(), 'rootUri': folder.as_uri(),
                        'workspaceFolders': [{'uri': folder.as_uri(), 'name': 'bench'}], 'capabilities': capabilities}, True)
    while 'id' not in receive():
        pass
    send('initialized', {})
    uri = file.as_uri()
    text = file.read_text()
    edited = text.replace('"Version"', '"Versio"', 1) if '"Version"' in text else text + '\n# edited\n'
    language = {'.json': 'json', '.tf': 'terraform'}.get(file.suffix, 'yaml')
    t = time.perf_counter()
    send('textDocument/didOpen', {'textDocument': {'uri': uri, 'languageId': language, 'version': 1, 'text': text}})
    diagnostics_for(uri)
    first = time.perf_counter() - t
    times = []
    for i in range(changes):
        t = time.perf_counter()
        send('textDocument/didChange', {'textDocument': {'uri': uri, 'version': i + 2},
                                        'contentChanges': [{'text': edited if i % 2 == 0 else text}]})
        diagnostics_for(uri)
        times.append((time.perf_counter() - t) * 1000)
    rss = next((l.split()[1] for l in open(f'/proc/{proc.pid}/status') if l.startswith('VmHWM')), '?')
    send('shutdown', None, True)
    send('exit', None)
    proc.stdin.close()
    proc.wait(timeout=30)
    warm = sorted(times[5:]) or sorted(times)
    files = sum(1 for p in folder.rglob('*') if p.suffix in ('.json', '.yaml', '.yml', '.tf'))
    print(f'{files} files in {folder}; changed {file.relative_to(folder)}; client {"watches files" if watch else "does not watch files"}'
          f'{"; server started with --no-watch" if "--no-watch" in args else ""}')
    print(f'open (first lint, cold JVM): {first * 1000:.0f} ms')
    print(f'one-file change, {len(warm)} warm changes: median {warm[len(warm) // 2]:.0f} ms, '
          f'p95 {warm[min(len(warm) - 1, int(len(warm) * 0.95))]:.0f} ms')
    print(f'server peak RSS: {int(rss) // 1024} MB')

main()
