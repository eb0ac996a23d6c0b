/* cpt-smtp-sender.h
 *
 * Copyright 2026 The Comptoir authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "cpt-mail-message.h"

G_BEGIN_DECLS

typedef enum
{
  CPT_SMTP_SECURITY_STARTTLS, /* smtp:// then STARTTLS, required */
  CPT_SMTP_SECURITY_TLS,      /* smtps://, TLS from the first byte */
  CPT_SMTP_SECURITY_NONE,     /* plain text: only for a trusted local relay */
} CptSmtpSecurity;

/* Called in the thread that started the sending, with 0.0 … 1.0. */
typedef void (*CptSmtpProgressFunc) (double   fraction,
                                     gpointer user_data);

#define CPT_SMTP_DEFAULT_TIMEOUT 20

#define CPT_TYPE_SMTP_SENDER (cpt_smtp_sender_get_type ())

G_DECLARE_FINAL_TYPE (CptSmtpSender, cpt_smtp_sender, CPT, SMTP_SENDER, GObject)

const char    *cpt_smtp_security_to_string   (CptSmtpSecurity       security);
gboolean       cpt_smtp_security_from_string (const char           *text,
                                              CptSmtpSecurity      *security);
guint          cpt_smtp_security_default_port (CptSmtpSecurity      security);
gboolean       cpt_smtp_host_is_valid        (const char           *host);

CptSmtpSender *cpt_smtp_sender_new           (const char           *host,
                                              guint                 port,
                                              CptSmtpSecurity       security);
void           cpt_smtp_sender_set_login     (CptSmtpSender        *self,
                                              const char           *username,
                                              const char           *password);
void           cpt_smtp_sender_set_ca_file   (CptSmtpSender        *self,
                                              const char           *ca_file);
void           cpt_smtp_sender_set_timeout   (CptSmtpSender        *self,
                                              guint                 seconds);
gboolean       cpt_smtp_sender_send          (CptSmtpSender        *self,
                                              CptMailMessage       *message,
                                              CptSmtpProgressFunc   progress,
                                              gpointer              progress_data,
                                              GCancellable         *cancellable,
                                              GError              **error);
void           cpt_smtp_sender_send_async    (CptSmtpSender        *self,
                                              CptMailMessage       *message,
                                              CptSmtpProgressFunc   progress,
                                              gpointer              progress_data,
                                              GCancellable         *cancellable,
                                              GAsyncReadyCallback   callback,
                                              gpointer              user_data);
gboolean       cpt_smtp_sender_send_finish   (CptSmtpSender        *self,
                                              GAsyncResult         *result,
                                              GError              **error);

G_END_DECLS
