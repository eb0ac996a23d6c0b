/* cpt-numbering-dialog.c
 *
 * Copyright 2026 The Comptoir authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "cpt-numbering-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "cpt-numbering-dialog.h"

/* The gear next to a document number: the same editor as the Numbering
 * preferences, for one series, saved or cancelled as a whole. */

struct _CptNumberingDialog
{
  AdwWindow  parent_instance;

  GtkWidget *page;
  GtkWidget *editor;
};

G_DEFINE_FINAL_TYPE (CptNumberingDialog, cpt_numbering_dialog, ADW_TYPE_WINDOW)

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  CptNumberingDialog *self = CPT_NUMBERING_DIALOG (widget);

  /* The editor shows its own error under its rows. */
  if (cpt_numbering_editor_save (CPT_NUMBERING_EDITOR (self->editor), NULL))
    gtk_window_destroy (GTK_WINDOW (self));
}

static void
cpt_numbering_dialog_class_init (CptNumberingDialogClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/cpt-numbering-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, CptNumberingDialog, page);

  gtk_widget_class_install_action (widget_class, "numbering.save", NULL, save_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
cpt_numbering_dialog_init (CptNumberingDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

CptNumberingDialog *
cpt_numbering_dialog_new (GtkWindow   *parent,
                          CptDatabase *db,
                          const char  *doc_type)
{
  CptNumberingDialog *self;

  g_return_val_if_fail (CPT_IS_DATABASE (db), NULL);

  self = g_object_new (CPT_TYPE_NUMBERING_DIALOG, "transient-for", parent, NULL);
  self->editor = GTK_WIDGET (cpt_numbering_editor_new (db, doc_type));
  adw_preferences_page_add (ADW_PREFERENCES_PAGE (self->page), ADW_PREFERENCES_GROUP (self->editor));

  return self;
}

CptNumberingEditor *
cpt_numbering_dialog_get_editor (CptNumberingDialog *self)
{
  g_return_val_if_fail (CPT_IS_NUMBERING_DIALOG (self), NULL);

  return CPT_NUMBERING_EDITOR (self->editor);
}
