/* cpt-edit-dialog.h
 *
 * Copyright 2026 The Comptoir authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define CPT_TYPE_EDIT_DIALOG (cpt_edit_dialog_get_type ())

G_DECLARE_FINAL_TYPE (CptEditDialog, cpt_edit_dialog, CPT, EDIT_DIALOG, AdwWindow)

/* Saves what the dialog's rows show; FALSE with a translated error keeps
 * the dialog open with the message under the rows. */
typedef gboolean (*CptEditSaveFunc) (CptEditDialog  *dialog,
                                     gpointer        user_data,
                                     GError        **error);

/* The small editing dialog of the settings lists (a tax, payment terms, a
 * delivery method, a warehouse): rows in one group, Cancel and Save. */
CptEditDialog *cpt_edit_dialog_new             (GtkWindow       *parent,
                                                const char      *title,
                                                CptEditSaveFunc  save,
                                                gpointer         user_data,
                                                GDestroyNotify   destroy);
GtkWidget     *cpt_edit_dialog_add_entry       (CptEditDialog   *self,
                                                const char      *title,
                                                const char      *text);
GtkWidget     *cpt_edit_dialog_add_switch      (CptEditDialog   *self,
                                                const char      *title,
                                                const char      *subtitle,
                                                gboolean         active);
GtkWidget     *cpt_edit_dialog_add_combo       (CptEditDialog   *self,
                                                const char      *title,
                                                const char     **items,
                                                guint            selected);
void           cpt_edit_dialog_add_widget      (CptEditDialog   *self,
                                                GtkWidget       *widget);
void           cpt_edit_dialog_set_note        (CptEditDialog   *self,
                                                const char      *note);
gboolean       cpt_edit_dialog_save            (CptEditDialog   *self);

G_END_DECLS
