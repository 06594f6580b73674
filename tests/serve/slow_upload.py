#!/usr/bin/env python3
# A client that uploads slowly (1000 bytes every 0.25 s): what a stalled or hostile client
# looks like to planlint serve. Writes "started" to stderr once the request's head is sent, then
# the status line of the answer to stdout.
#   slow_upload.py PORT BYTES
import socket
import sys
import time

port, size = int(sys.argv[1]), int(sys.argv[2])
head = b'--B\r\nContent-Disposition: form-data; name="file"; filename="slow.txt"\r\n\r\n'
tail = b"\r\n--B--\r\n"
with socket.create_connection(("127.0.0.1", port), timeout=30) as connection:
    connection.sendall(b"POST /api/check HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                       b"Content-Type: multipart/form-data; boundary=B\r\n"
                       b"Content-Length: %d\r\n\r\n" % (len(head) + size + len(tail)) + head)
    print("started", file=sys.stderr, flush=True)
    try:
        for _ in range(size // 1000):
            connection.sendall(b"x" * 1000)
            time.sleep(0.25)
        connection.sendall(tail)
    except OSError:
        pass  # the server may close the connection as soon as it has answered
    print(connection.recv(200).split(b"\r\n")[0].decode())
