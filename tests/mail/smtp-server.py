#!/usr/bin/python3
# A real SMTP server for the mail tests (aiosmtpd): STARTTLS or implicit
# TLS, AUTH LOGIN/PLAIN with one account, and every message it accepts
# written to a directory. Prints "PORT <n>" once it listens; stops when
# its standard input closes.
import argparse
import json
import logging
import os
import socket
import ssl
import sys
import warnings

from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult


def free_port():
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Handler:
    def __init__(self, directory, refuse):
        self.directory = directory
        self.refuse = refuse
        self.count = 0

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        if self.refuse and self.refuse in address:
            return "550 5.1.1 <%s>: mailbox unavailable" % address
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):
        self.count += 1
        base = os.path.join(self.directory, "message-%d" % self.count)
        with open(base + ".eml.part", "wb") as f:
            f.write(envelope.original_content)
        with open(base + ".json", "w") as f:
            json.dump({"mail_from": envelope.mail_from,
                       "rcpt_tos": envelope.rcpt_tos,
                       "authenticated": bool(session.authenticated),
                       "tls": server.transport.get_extra_info("ssl_object") is not None}, f)
        # The test waits for the .eml: it appears complete or not at all.
        os.rename(base + ".eml.part", base + ".eml")
        return "250 2.0.0 Message accepted"


def main():
    # aiosmtpd warns about test set-ups (AUTH over implicit TLS).
    warnings.filterwarnings("ignore")
    logging.getLogger("mail.log").setLevel(logging.ERROR)
    parser = argparse.ArgumentParser()
    parser.add_argument("--directory", required=True)
    parser.add_argument("--cert")
    parser.add_argument("--key")
    parser.add_argument("--implicit-tls", action="store_true")
    parser.add_argument("--user")
    parser.add_argument("--password")
    parser.add_argument("--refuse", help="refuse the recipients containing this text")
    args = parser.parse_args()

    context = None
    if args.cert:
        context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
        context.load_cert_chain(args.cert, args.key)

    def authenticate(server, session, envelope, mechanism, auth_data):
        ok = (auth_data.login.decode() == args.user
              and auth_data.password.decode() == args.password)
        # handled=False: aiosmtpd itself answers 535 on a refusal.
        return AuthResult(success=ok, handled=False)

    kwargs = {}
    if args.user:
        kwargs["authenticator"] = authenticate
        kwargs["auth_required"] = True
        # aiosmtpd only counts STARTTLS as TLS: with implicit TLS the
        # whole connection is encrypted anyway.
        kwargs["auth_require_tls"] = context is not None and not args.implicit_tls
    if context is not None and not args.implicit_tls:
        kwargs["tls_context"] = context
        kwargs["require_starttls"] = True

    port = free_port()
    controller = Controller(Handler(args.directory, args.refuse),
                            hostname="127.0.0.1", port=port,
                            ssl_context=context if args.implicit_tls else None,
                            server_hostname="localhost",
                            **kwargs)
    controller.start()
    print("PORT %d" % port, flush=True)
    try:
        sys.stdin.read()
    finally:
        controller.stop()


if __name__ == "__main__":
    main()
