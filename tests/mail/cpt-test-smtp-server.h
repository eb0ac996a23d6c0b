/* cpt-test-smtp-server.h
 *
 * Copyright 2026 The Comptoir authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <json-glib/json-glib.h>

G_BEGIN_DECLS

/* A real SMTP server (tests/mail/smtp-server.py, aiosmtpd) on 127.0.0.1,
 * with a self-signed certificate made for it. */
typedef struct _CptTestSmtpServer CptTestSmtpServer;

CptTestSmtpServer *cpt_test_smtp_server_start        (const char        *security,
                                                      const char        *user,
                                                      const char        *password,
                                                      const char        *refuse);
guint              cpt_test_smtp_server_get_port     (CptTestSmtpServer *self);
const char        *cpt_test_smtp_server_get_ca_file  (CptTestSmtpServer *self);
const char        *cpt_test_smtp_server_get_directory (CptTestSmtpServer *self);
guint              cpt_test_smtp_server_count_messages (CptTestSmtpServer *self);
char              *cpt_test_smtp_server_wait_message (CptTestSmtpServer *self,
                                                      guint              index);
JsonObject        *cpt_test_smtp_server_get_envelope (CptTestSmtpServer *self,
                                                      guint              index);
void               cpt_test_smtp_server_stop         (CptTestSmtpServer *self);
void               cpt_test_smtp_server_free         (CptTestSmtpServer *self);

JsonObject        *cpt_test_parse_message            (const char        *path,
                                                      const char        *attachment_path);
char              *cpt_test_pdf_to_text              (const char        *pdf_path);
guint              cpt_test_unused_port              (void);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (CptTestSmtpServer, cpt_test_smtp_server_free)

G_END_DECLS
