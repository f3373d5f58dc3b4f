#!/usr/bin/env python3
"""A tiny OpenAI-compatible chat-completions server for Agora's fault-injection tests only.

Binds 127.0.0.1 on a free port (or --port) and prints "PORT <n>" on its first stdout line.
The first path segment picks the behaviour, e.g. POST http://127.0.0.1:<n>/http500/v1/chat/completions:

  ok            a valid decision (like p0, comment on p0, follow u0, a post; satisfaction 4)
  unknown-ids   a decision naming p99 and u42 besides p0 (ids to drop)
  nonjson       an answer whose text is not JSON (invalid, retried once by the policy)
  bad-then-good invalid text first, a valid decision once the retry message is present
  http500       always HTTP 500
  flaky         HTTP 500 on the first try of each request body, then ok
  ratelimit     HTTP 429 with Retry-After: 1 on the first try of each request body, then ok
  timeout       waits 3 s before answering ok (tests use a 1 s client timeout)
  truncated     announces a longer body than it sends, then closes the connection
  garbage       HTTP 200 with a body that is not JSON
  slow          waits 0.3 s, then ok
  auth          ok only with "Authorization: Bearer $FAKE_EXPECT_KEY", else HTTP 401

GET /stats answers {"<behaviour>": requests} so tests can check where requests went.
Real answers come from a real server (make llm-server); this one exists only to misbehave.
"""
import argparse
import json
import os
import re
import signal
import sys
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

LOCK = threading.Lock()
COUNTS = {}
SEEN = {}


def decision(messages, scenario):
    user = next((m["content"] for m in messages if m.get("role") == "user"), "")
    topics = re.search(r"Topics: ([^,.\n]+)", user)
    more = topics.group(1).strip() if topics else ""
    has_feed = "[p0]" in user
    actions = []
    if has_feed:
        actions += [{"type": "like", "post": "p0"},
                    {"type": "comment", "post": "p0", "text": "Nice point about this."},
                    {"type": "follow", "user": "u0"}]
    actions.append({"type": "post", "text": "Thinking out loud today."})
    if scenario == "unknown-ids":
        actions += [{"type": "like", "post": "p99"}, {"type": "mute", "user": "u42"}]
    return json.dumps({"actions": actions, "satisfaction": 4, "more_of": more})


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def log_message(self, *args):
        pass

    def reply(self, status, body, headers=None):
        data = body.encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        for key, value in (headers or {}).items():
            self.send_header(key, value)
        self.end_headers()
        self.wfile.write(data)

    def completion(self, content, request):
        prompt = sum(len(m.get("content", "")) for m in request.get("messages", []))
        return json.dumps({"id": "fake", "object": "chat.completion", "model": request.get("model", ""),
                           "choices": [{"index": 0, "finish_reason": "stop",
                                        "message": {"role": "assistant", "content": content}}],
                           "usage": {"prompt_tokens": prompt // 4, "completion_tokens": len(content) // 4}})

    def do_GET(self):
        if self.path == "/stats":
            with LOCK:
                self.reply(200, json.dumps(COUNTS))
        else:
            self.reply(404, "{}")

    def do_POST(self):
        raw = self.rfile.read(int(self.headers.get("Content-Length", "0")))
        scenario = self.path.strip("/").split("/")[0]
        with LOCK:
            COUNTS[scenario] = COUNTS.get(scenario, 0) + 1
            key = (scenario, raw)
            tries = SEEN.get(key, 0)
            SEEN[key] = tries + 1
        try:
            request = json.loads(raw)
        except ValueError:
            self.reply(400, '{"error": "bad json"}')
            return
        messages = request.get("messages", [])
        if scenario == "http500":
            self.reply(500, '{"error": "internal"}')
        elif scenario == "flaky" and tries == 0:
            self.reply(500, '{"error": "flaky"}')
        elif scenario == "ratelimit" and tries == 0:
            self.reply(429, '{"error": "slow down"}', {"Retry-After": "1"})
        elif scenario == "truncated":
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", "500")
            self.end_headers()
            self.wfile.write(b'{"choices": [{"mess')
            self.wfile.flush()
            self.close_connection = True
        elif scenario == "garbage":
            self.reply(200, "this is not json at all")
        elif scenario == "auth" and self.headers.get("Authorization") != "Bearer " + os.environ.get("FAKE_EXPECT_KEY", "-"):
            self.reply(401, '{"error": "bad key"}')
        else:
            if scenario == "timeout":
                time.sleep(3)
            elif scenario == "slow":
                time.sleep(0.3)
            if scenario == "nonjson" or (scenario == "bad-then-good" and not any(m.get("role") == "assistant" for m in messages)):
                content = "I would like to read more about cats, thanks"
            else:
                content = decision(messages, scenario)
            try:
                self.reply(200, self.completion(content, request))
            except (BrokenPipeError, ConnectionResetError):
                pass


def main():
    # A parent may have SIGTERM blocked (the mask is inherited across spawn); the server must stop
    # when its owner sends it.
    signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGTERM, signal.SIGINT})
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    parser = argparse.ArgumentParser()
    parser.add_argument("--port", type=int, default=0)
    args = parser.parse_args()
    server = ThreadingHTTPServer(("127.0.0.1", args.port), Handler)
    server.daemon_threads = True
    print(f"PORT {server.server_address[1]}", flush=True)
    server.serve_forever()


if __name__ == "__main__":
    sys.exit(main())
