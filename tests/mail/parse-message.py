#!/usr/bin/python3
# Parses a message with Python's own e-mail package, as a mail client
# would, and prints what it understood as JSON. With a second argument,
# writes the attachment's bytes into that file.
import email
import email.policy
import email.utils
import json
import sys

with open(sys.argv[1], "rb") as f:
    raw = f.read()
message = email.message_from_bytes(raw, policy=email.policy.default)

def mailboxes(name):
    header = message[name]
    if header is None:
        return []
    return [[a.display_name, a.addr_spec] for a in header.addresses]

result = {
    "from": mailboxes("From"),
    "to": mailboxes("To"),
    "cc": mailboxes("Cc"),
    "subject": str(message["Subject"]),
    "date": email.utils.parsedate_to_datetime(message["Date"]).isoformat(),
    "message_id": str(message["Message-ID"]),
    "mime_version": str(message["MIME-Version"]),
    "content_type": message.get_content_type(),
    "defects": [repr(d) for d in message.defects],
    "body": None,
    "body_charset": None,
    "attachments": [],
}
for part in message.walk():
    result["defects"] += [repr(d) for d in part.defects]
    if part.is_multipart():
        continue
    if part.get_content_disposition() == "attachment":
        data = part.get_payload(decode=True)
        result["attachments"].append({
            "filename": part.get_filename(),
            "content_type": part.get_content_type(),
            "size": len(data),
        })
        if len(sys.argv) > 2:
            with open(sys.argv[2], "wb") as out:
                out.write(data)
    elif part.get_content_type() == "text/plain" and result["body"] is None:
        # Line ends are CRLF on the wire; a mail client shows lines.
        result["body"] = part.get_content().replace("\r\n", "\n")
        result["body_charset"] = part.get_content_charset()
json.dump(result, sys.stdout, ensure_ascii=False)
