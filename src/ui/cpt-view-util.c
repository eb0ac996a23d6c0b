/* cpt-view-util.c
 *
 * Copyright 2026 The Comptoir authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "cpt-view-util"

#include "config.h"

#include "cpt-view-util.h"

#include <glib/gi18n.h>

/* The question the order, invoice and shipment views ask before deleting
 * their record: « Supprimer » is destructive, Escape cancels.
 * @on_response is an AdwMessageDialog::response handler called with
 * @view as its user data, for as long as @view lives. */
void
cpt_view_confirm_delete (GtkWidget  *view,
                         const char *heading,
                         const char *body,
                         GCallback   on_response)
{
  GtkRoot *root = gtk_widget_get_root (view);
  GtkWidget *dialog = adw_message_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL, heading, body);

  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"), "delete", _("_Delete"), NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "delete",
                                              ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_signal_connect_object (dialog, "response", on_response, view, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}
