#!/usr/bin/env python3
"""A deliberately bad HTTP endpoint on 127.0.0.1, for memory benchmarks and tests.

    hostile-endpoint.py --good FILE --mode-file PATH [--port N]

Prints "listening PORT" once bound. Each connection reads the mode from PATH (one word,
re-read per request, so a test or script switches the endpoint's behaviour by rewriting
it) and answers accordingly; `good` serves FILE as JSON with an ETag and honours
If-None-Match, `changing` serves a new version of FILE to every request. `GET /requests`
answers how many requests the endpoint has answered so far. Raw sockets, because the interesting cases are the ones an HTTP server
library would refuse to produce.
"""
import argparse
import functools
import hashlib
import signal
import socket
import threading
import time
import zlib

CHUNK = b"x" * 65536


def read_request(conn):
    data = b""
    while b"\r\n\r\n" not in data:
        part = conn.recv(65536)
        if not part:
            return None
        data += part
    return data.decode("latin-1")


def header(request, name):
    for line in request.split("\r\n")[1:]:
        key, _, value = line.partition(":")
        if key.strip().lower() == name:
            return value.strip()
    return None


def send_head(conn, status, headers):
    lines = [f"HTTP/1.1 {status}"] + [f"{k}: {v}" for k, v in headers] + ["", ""]
    conn.sendall("\r\n".join(lines).encode("latin-1"))


def answer(conn, mode, request, good):
    etag = '"' + hashlib.sha1(good).hexdigest()[:16] + '"'
    json = ("Content-Type", "application/json")
    if mode == "good":
        if header(request, "if-none-match") == etag:
            send_head(conn, "304 Not Modified", [("ETag", etag)])
        else:
            send_head(conn, "200 OK", [json, ("ETag", etag), ("Content-Length", len(good))])
            conn.sendall(good)
        return True
    if mode == "changing":  # a new version on every request, as a busy source would be
        answer.count = getattr(answer, "count", 0) + 1
        body = good + b" " * (answer.count % 2)
        send_head(conn, "200 OK", [json, ("ETag", f'"v{answer.count}"'), ("Content-Length", len(body))])
        conn.sendall(body)
        return True
    if mode == "endless":  # chunked, as fast as the client takes it, forever
        send_head(conn, "200 OK", [json, ("Transfer-Encoding", "chunked")])
        frame = b"%x\r\n" % len(CHUNK) + CHUNK + b"\r\n"
        while True:
            conn.sendall(frame)
    if mode == "lying-length":  # declares 1 KB, then never stops sending
        send_head(conn, "200 OK", [json, ("Content-Length", 1024)])
        while True:
            conn.sendall(CHUNK)
    if mode == "truncated":  # declares the whole document, sends half, hangs up
        send_head(conn, "200 OK", [json, ("Content-Length", len(good))])
        conn.sendall(good[: len(good) // 2])
        return False
    if mode == "huge-headers":  # 200 KB of headers
        send_head(conn, "200 OK", [json] + [(f"X-Filler-{i}", "y" * 1000) for i in range(200)] + [("Content-Length", 2)])
        conn.sendall(b"{}")
        return True
    if mode == "endless-headers":  # header lines as fast as the client takes them, forever
        conn.sendall(b"HTTP/1.1 200 OK\r\n")
        while True:
            conn.sendall(b"X-Filler: " + b"y" * 1000 + b"\r\n")
    if mode == "unfinished-headers":  # half a head, then silence
        conn.sendall(b"HTTP/1.1 200 OK\r\nContent-Type: appl")
        time.sleep(3600)
    if mode == "trickle":  # one byte a second
        send_head(conn, "200 OK", [json, ("Content-Length", len(good))])
        for byte in good:
            conn.sendall(bytes([byte]))
            time.sleep(1)
        return True
    if mode == "false-gzip":
        body = b"this is not gzip at all" * 10
        send_head(conn, "200 OK", [json, ("Content-Encoding", "gzip"), ("Content-Length", len(body))])
        conn.sendall(body)
        return True
    if mode == "gzip-bomb":  # 256 MiB of spaces, about 1 MB compressed, sent once
        body = bomb()
        send_head(conn, "200 OK", [json, ("Content-Encoding", "gzip"), ("Content-Length", len(body))])
        conn.sendall(body)
        return True
    if mode == "garbage":
        body = bytes(range(256)) * 4
        send_head(conn, "200 OK", [json, ("Content-Length", len(body))])
        conn.sendall(body)
        return True
    if mode == "not-http":
        conn.sendall(b"\x00\x01garbage that is not an HTTP answer\r\n\r\n")
        return False
    if mode == "reset":  # a RST in the middle of the body
        send_head(conn, "200 OK", [json, ("Content-Length", len(good))])
        conn.sendall(good[: len(good) // 2])
        conn.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, b"\x01\x00\x00\x00\x00\x00\x00\x00")
        return False
    if mode == "hang":
        time.sleep(3600)
    status = {"404": "404 Not Found", "500": "500 Internal Server Error"}.get(mode)
    if status:
        send_head(conn, status, [("Content-Length", 0)])
        return True
    if mode == "503":
        send_head(conn, "503 Service Unavailable", [("Retry-After", 120), ("Content-Length", 0)])
        return True
    raise ValueError(f"unknown mode {mode!r}")


REQUESTS = [0]


def serve(conn, mode_file, good):
    try:
        while True:
            request = read_request(conn)
            if request is None:
                return
            if request.startswith("GET /requests "):  # how many were answered, for benchmarks
                body = str(REQUESTS[0]).encode()
                send_head(conn, "200 OK", [("Content-Length", len(body))])
                conn.sendall(body)
                continue
            REQUESTS[0] += 1
            with open(mode_file) as f:
                mode = f.read().strip()
            if not answer(conn, mode, request, good):
                return
    except (BrokenPipeError, ConnectionResetError, OSError):
        pass
    finally:
        conn.close()


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--good", required=True)
    parser.add_argument("--mode-file", required=True)
    parser.add_argument("--port", type=int, default=0)
    args = parser.parse_args()
    # A parent that ignores SIGTERM (a test runner may) passes that on; stopping must work.
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    good = open(args.good, "rb").read()
    listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    listener.bind(("127.0.0.1", args.port))
    listener.listen(64)
    print(f"listening {listener.getsockname()[1]}", flush=True)
    while True:
        conn, _ = listener.accept()
        threading.Thread(target=serve, args=(conn, args.mode_file, good), daemon=True).start()


@functools.cache
def bomb():
    """256 MiB of spaces as one gzip member (past any cap a test or benchmark sets),
    compressed piecewise to keep this process small, and at level 1 to be quick."""
    deflate = zlib.compressobj(1, zlib.DEFLATED, 31)
    block = b" " * (1 << 20)
    return b"".join(deflate.compress(block) for _ in range(256)) + deflate.flush()


if __name__ == "__main__":
    main()
