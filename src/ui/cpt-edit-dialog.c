/* cpt-edit-dialog.c
 *
 * Copyright 2026 The Comptoir authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "cpt-edit-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "cpt-edit-dialog.h"

struct _CptEditDialog
{
  AdwWindow        parent_instance;

  GtkWidget       *group;
  GtkWidget       *note_label;
  GtkWidget       *error_label;

  CptEditSaveFunc  save;
  gpointer         user_data;
  GDestroyNotify   destroy;
};

G_DEFINE_FINAL_TYPE (CptEditDialog, cpt_edit_dialog, ADW_TYPE_WINDOW)

static void
on_row_changed_cb (GtkWidget *row)
{
  gtk_widget_remove_css_class (row, "error");
}

/* Runs the save function; the dialog closes when it succeeded. */
gboolean
cpt_edit_dialog_save (CptEditDialog *self)
{
  g_autoptr(GError) error = NULL;

  g_return_val_if_fail (CPT_IS_EDIT_DIALOG (self), FALSE);

  if (!self->save (self, self->user_data, &error))
    {
      gtk_label_set_text (GTK_LABEL (self->error_label), error != NULL ? error->message : "");
      gtk_widget_set_visible (self->error_label, error != NULL);
      return FALSE;
    }

  gtk_window_destroy (GTK_WINDOW (self));
  return TRUE;
}

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  cpt_edit_dialog_save (CPT_EDIT_DIALOG (widget));
}

static void
cpt_edit_dialog_finalize (GObject *object)
{
  CptEditDialog *self = CPT_EDIT_DIALOG (object);

  if (self->destroy != NULL)
    g_clear_pointer (&self->user_data, self->destroy);

  G_OBJECT_CLASS (cpt_edit_dialog_parent_class)->finalize (object);
}

static void
cpt_edit_dialog_class_init (CptEditDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->finalize = cpt_edit_dialog_finalize;

  gtk_widget_class_install_action (widget_class, "edit.save", NULL, save_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
cpt_edit_dialog_init (CptEditDialog *self)
{
  GtkWidget *box, *header, *button, *page;

  gtk_window_set_modal (GTK_WINDOW (self), TRUE);
  gtk_window_set_default_size (GTK_WINDOW (self), 520, 600);

  header = adw_header_bar_new ();
  adw_header_bar_set_show_end_title_buttons (ADW_HEADER_BAR (header), FALSE);
  button = gtk_button_new_with_mnemonic (_("_Cancel"));
  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), "window.close");
  adw_header_bar_pack_start (ADW_HEADER_BAR (header), button);
  button = gtk_button_new_with_mnemonic (_("_Save"));
  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), "edit.save");
  gtk_widget_add_css_class (button, "suggested-action");
  adw_header_bar_pack_end (ADW_HEADER_BAR (header), button);

  self->group = adw_preferences_group_new ();

  self->note_label = gtk_label_new (NULL);
  gtk_label_set_wrap (GTK_LABEL (self->note_label), TRUE);
  gtk_label_set_xalign (GTK_LABEL (self->note_label), 0);
  gtk_widget_set_margin_top (self->note_label, 12);
  gtk_widget_add_css_class (self->note_label, "warning");
  gtk_widget_set_visible (self->note_label, FALSE);

  self->error_label = gtk_label_new (NULL);
  gtk_label_set_wrap (GTK_LABEL (self->error_label), TRUE);
  gtk_label_set_xalign (GTK_LABEL (self->error_label), 0);
  gtk_widget_set_margin_top (self->error_label, 12);
  gtk_widget_add_css_class (self->error_label, "error");
  gtk_widget_set_visible (self->error_label, FALSE);

  page = adw_preferences_page_new ();
  adw_preferences_page_add (ADW_PREFERENCES_PAGE (page), ADW_PREFERENCES_GROUP (self->group));

  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  gtk_box_append (GTK_BOX (box), header);
  gtk_box_append (GTK_BOX (box), page);
  gtk_widget_set_vexpand (page, TRUE);
  adw_window_set_content (ADW_WINDOW (self), box);
}

CptEditDialog *
cpt_edit_dialog_new (GtkWindow       *parent,
                     const char      *title,
                     CptEditSaveFunc  save,
                     gpointer         user_data,
                     GDestroyNotify   destroy)
{
  CptEditDialog *self;

  g_return_val_if_fail (save != NULL, NULL);

  self = g_object_new (CPT_TYPE_EDIT_DIALOG, "transient-for", parent, "title", title, NULL);
  self->save = save;
  self->user_data = user_data;
  self->destroy = destroy;

  /* Added last, so that they stay under the rows. */
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (self->group), self->note_label);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (self->group), self->error_label);

  return self;
}

/* Rows go before the note and the error, which close the group. */
static void
add_row (CptEditDialog *self,
         GtkWidget     *row)
{
  adw_preferences_group_remove (ADW_PREFERENCES_GROUP (self->group), g_object_ref (self->note_label));
  adw_preferences_group_remove (ADW_PREFERENCES_GROUP (self->group), g_object_ref (self->error_label));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (self->group), row);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (self->group), self->note_label);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (self->group), self->error_label);
  g_object_unref (self->note_label);
  g_object_unref (self->error_label);
}

GtkWidget *
cpt_edit_dialog_add_entry (CptEditDialog *self,
                           const char    *title,
                           const char    *text)
{
  GtkWidget *row = adw_entry_row_new ();

  g_return_val_if_fail (CPT_IS_EDIT_DIALOG (self), NULL);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_preferences_row_set_use_underline (ADW_PREFERENCES_ROW (row), TRUE);
  gtk_editable_set_text (GTK_EDITABLE (row), text != NULL ? text : "");
  g_signal_connect (row, "changed", G_CALLBACK (on_row_changed_cb), NULL);
  add_row (self, row);

  return row;
}

GtkWidget *
cpt_edit_dialog_add_switch (CptEditDialog *self,
                            const char    *title,
                            const char    *subtitle,
                            gboolean       active)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *widget = gtk_switch_new ();

  g_return_val_if_fail (CPT_IS_EDIT_DIALOG (self), NULL);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_preferences_row_set_use_underline (ADW_PREFERENCES_ROW (row), TRUE);
  if (subtitle != NULL)
    adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  gtk_switch_set_active (GTK_SWITCH (widget), active);
  gtk_widget_set_valign (widget, GTK_ALIGN_CENTER);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), widget);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), widget);
  add_row (self, row);

  return widget;
}

GtkWidget *
cpt_edit_dialog_add_combo (CptEditDialog  *self,
                           const char     *title,
                           const char    **items,
                           guint           selected)
{
  g_autoptr(GtkStringList) model = gtk_string_list_new (items);
  GtkWidget *row = adw_combo_row_new ();

  g_return_val_if_fail (CPT_IS_EDIT_DIALOG (self), NULL);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_preferences_row_set_use_underline (ADW_PREFERENCES_ROW (row), TRUE);
  adw_combo_row_set_model (ADW_COMBO_ROW (row), G_LIST_MODEL (model));
  adw_combo_row_set_selected (ADW_COMBO_ROW (row), selected);
  add_row (self, row);

  return row;
}

void
cpt_edit_dialog_add_widget (CptEditDialog *self,
                            GtkWidget     *widget)
{
  g_return_if_fail (CPT_IS_EDIT_DIALOG (self));

  add_row (self, widget);
}

/* A warning that does not stop saving (a payment term over the legal
 * limit), or NULL to hide it. */
void
cpt_edit_dialog_set_note (CptEditDialog *self,
                          const char    *note)
{
  g_return_if_fail (CPT_IS_EDIT_DIALOG (self));

  gtk_label_set_text (GTK_LABEL (self->note_label), note != NULL ? note : "");
  gtk_widget_set_visible (self->note_label, note != NULL);
}
