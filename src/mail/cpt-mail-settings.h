/* cpt-mail-settings.h
 *
 * Copyright 2026 The Comptoir authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "cpt-database.h"
#include "cpt-mail-template.h"
#include "cpt-smtp-sender.h"

G_BEGIN_DECLS

/* Replaces the keyring when set: for `comptoir --serve` on a server
 * without a desktop session. */
#define CPT_SMTP_PASSWORD_ENV "COMPTOIR_SMTP_PASSWORD"

#define CPT_TYPE_MAIL_SETTINGS (cpt_mail_settings_get_type ())

G_DECLARE_FINAL_TYPE (CptMailSettings, cpt_mail_settings, CPT, MAIL_SETTINGS, GObject)

CptMailSettings *cpt_mail_settings_new                  (void);
CptMailSettings *cpt_mail_settings_load                 (CptDatabase      *db);
gboolean         cpt_mail_settings_save                 (CptMailSettings  *self,
                                                         CptDatabase      *db,
                                                         GError          **error);
gboolean         cpt_mail_settings_validate             (CptMailSettings  *self,
                                                         GError          **error);
gboolean         cpt_mail_settings_is_configured        (CptMailSettings  *self);

const char      *cpt_mail_settings_get_host             (CptMailSettings  *self);
void             cpt_mail_settings_set_host             (CptMailSettings  *self,
                                                         const char       *host);
guint            cpt_mail_settings_get_port             (CptMailSettings  *self);
void             cpt_mail_settings_set_port             (CptMailSettings  *self,
                                                         guint             port);
CptSmtpSecurity  cpt_mail_settings_get_security         (CptMailSettings  *self);
void             cpt_mail_settings_set_security         (CptMailSettings  *self,
                                                         CptSmtpSecurity   security);
const char      *cpt_mail_settings_get_username         (CptMailSettings  *self);
void             cpt_mail_settings_set_username         (CptMailSettings  *self,
                                                         const char       *username);
const char      *cpt_mail_settings_get_ca_file          (CptMailSettings  *self);
void             cpt_mail_settings_set_ca_file          (CptMailSettings  *self,
                                                         const char       *ca_file);
const char      *cpt_mail_settings_get_sender_name      (CptMailSettings  *self);
void             cpt_mail_settings_set_sender_name      (CptMailSettings  *self,
                                                         const char       *name);
const char      *cpt_mail_settings_get_sender_address   (CptMailSettings  *self);
void             cpt_mail_settings_set_sender_address   (CptMailSettings  *self,
                                                         const char       *address);
const char      *cpt_mail_settings_get_subject_template (CptMailSettings  *self,
                                                         CptMailDocument   document);
void             cpt_mail_settings_set_subject_template (CptMailSettings  *self,
                                                         CptMailDocument   document,
                                                         const char       *text);
const char      *cpt_mail_settings_get_body_template    (CptMailSettings  *self,
                                                         CptMailDocument   document);
void             cpt_mail_settings_set_body_template    (CptMailSettings  *self,
                                                         CptMailDocument   document,
                                                         const char       *text);

CptSmtpSender   *cpt_mail_settings_create_sender        (CptMailSettings  *self,
                                                         const char       *password);

char            *cpt_mail_settings_lookup_password      (CptMailSettings  *self,
                                                         GCancellable     *cancellable,
                                                         GError          **error);
void             cpt_mail_settings_lookup_password_async (CptMailSettings    *self,
                                                          GCancellable       *cancellable,
                                                          GAsyncReadyCallback callback,
                                                          gpointer            user_data);
char            *cpt_mail_settings_lookup_password_finish (CptMailSettings  *self,
                                                           GAsyncResult     *result,
                                                           GError          **error);

G_END_DECLS
