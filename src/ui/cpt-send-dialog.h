/* cpt-send-dialog.h
 *
 * Copyright 2026 The Comptoir authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "cpt-database.h"
#include "cpt-mail-template.h"

G_BEGIN_DECLS

#define CPT_TYPE_SEND_DIALOG (cpt_send_dialog_get_type ())

G_DECLARE_FINAL_TYPE (CptSendDialog, cpt_send_dialog, CPT, SEND_DIALOG, AdwWindow)

/* The « Envoyer par e-mail » dialog of a document: recipients, subject
 * and body from the templates, the PDF attached; sends in the background
 * with a progress bar, or hands the message to the desktop's mail
 * application. Emits ::sent (with the recipients) once the server has
 * accepted the message and it is recorded, then closes. */

CptSendDialog *cpt_send_dialog_new                (GtkWindow        *parent,
                                                   CptDatabase      *db,
                                                   CptMailDocument   document,
                                                   gint64            id,
                                                   GError          **error);
CptSendDialog *cpt_send_dialog_present            (GtkWindow        *parent,
                                                   CptDatabase      *db,
                                                   CptMailDocument   document,
                                                   gint64            id);
CptSendDialog *cpt_send_dialog_present_for_order  (GtkWindow        *parent,
                                                   CptDatabase      *db,
                                                   gint64            order_id);
gboolean       cpt_send_dialog_is_sending         (CptSendDialog    *self);
void           cpt_send_dialog_install_actions    (void);

G_END_DECLS
