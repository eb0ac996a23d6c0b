/* cpt-mail-message.h
 *
 * Copyright 2026 The Comptoir authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

#define CPT_TYPE_MAIL_MESSAGE (cpt_mail_message_get_type ())

G_DECLARE_FINAL_TYPE (CptMailMessage, cpt_mail_message, CPT, MAIL_MESSAGE, GObject)

CptMailMessage *cpt_mail_message_new                (void);
void            cpt_mail_message_set_from           (CptMailMessage  *self,
                                                     const char      *name,
                                                     const char      *address);
const char     *cpt_mail_message_get_from_address   (CptMailMessage  *self);
const char     *cpt_mail_message_get_from_name      (CptMailMessage  *self);
void            cpt_mail_message_add_to             (CptMailMessage  *self,
                                                     const char      *name,
                                                     const char      *address);
const char     *cpt_mail_message_get_to_name        (CptMailMessage  *self,
                                                     guint            index);
void            cpt_mail_message_add_cc             (CptMailMessage  *self,
                                                     const char      *name,
                                                     const char      *address);
void            cpt_mail_message_clear_recipients (CptMailMessage *self);
void            cpt_mail_message_set_subject        (CptMailMessage  *self,
                                                     const char      *subject);
const char     *cpt_mail_message_get_subject        (CptMailMessage  *self);
void            cpt_mail_message_set_body           (CptMailMessage  *self,
                                                     const char      *body);
const char     *cpt_mail_message_get_body           (CptMailMessage  *self);
void            cpt_mail_message_set_attachment     (CptMailMessage  *self,
                                                     const char      *filename,
                                                     const char      *content_type,
                                                     GBytes          *data);
const char     *cpt_mail_message_get_attachment_name (CptMailMessage *self);
GBytes         *cpt_mail_message_get_attachment_data (CptMailMessage *self);
void            cpt_mail_message_set_date           (CptMailMessage  *self,
                                                     GDateTime       *date);
GStrv           cpt_mail_message_dup_to_addresses   (CptMailMessage  *self);
GStrv           cpt_mail_message_dup_cc_addresses   (CptMailMessage  *self);
GStrv           cpt_mail_message_dup_recipients     (CptMailMessage  *self);
GBytes         *cpt_mail_message_to_bytes           (CptMailMessage  *self,
                                                     GError         **error);

gboolean        cpt_mail_address_is_valid           (const char      *address);
GStrv           cpt_mail_address_list_parse         (const char      *text,
                                                     GError         **error);
char           *cpt_mail_format_date                (GDateTime       *date);
char           *cpt_mail_encode_header              (const char      *name,
                                                     const char      *value);

G_END_DECLS
