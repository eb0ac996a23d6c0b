/* cpt-mail-service.h
 *
 * Copyright 2026 The Comptoir authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "cpt-database.h"
#include "cpt-mail-message.h"
#include "cpt-mail-settings.h"
#include "cpt-mail-template.h"
#include "cpt-smtp-sender.h"

G_BEGIN_DECLS

/* Sending a document by e-mail, the same way for the window and the API:
 * compose the message from the templates with the document's PDF, let the
 * user change it, send it in the background, then record it — the history
 * line and the document's new state in one transaction. A failed sending
 * records nothing. */

#define CPT_TYPE_MAIL_SERVICE (cpt_mail_service_get_type ())

G_DECLARE_FINAL_TYPE (CptMailService, cpt_mail_service, CPT, MAIL_SERVICE, GObject)

CptMailService  *cpt_mail_service_new          (CptDatabase          *db);
CptMailSettings *cpt_mail_service_dup_settings (CptMailService       *self);
CptMailMessage  *cpt_mail_service_compose      (CptMailService       *self,
                                                CptMailDocument       document,
                                                gint64                id,
                                                GError              **error);
CptMailMessage  *cpt_mail_service_compose_test (CptMailService       *self,
                                                CptMailSettings      *settings,
                                                GError              **error);
gboolean         cpt_mail_service_send         (CptMailService       *self,
                                                CptMailDocument       document,
                                                gint64                id,
                                                CptMailMessage       *message,
                                                const char           *password,
                                                GCancellable         *cancellable,
                                                GError              **error);
void             cpt_mail_service_send_async   (CptMailService       *self,
                                                CptMailDocument       document,
                                                gint64                id,
                                                CptMailMessage       *message,
                                                const char           *password,
                                                CptSmtpProgressFunc   progress,
                                                gpointer              progress_data,
                                                GCancellable         *cancellable,
                                                GAsyncReadyCallback   callback,
                                                gpointer              user_data);
gboolean         cpt_mail_service_send_finish  (CptMailService       *self,
                                                GAsyncResult         *result,
                                                GError              **error);

G_END_DECLS
