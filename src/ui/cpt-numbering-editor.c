/* cpt-numbering-editor.c
 *
 * Copyright 2026 The Comptoir authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "cpt-numbering-editor"

#include "config.h"

#include <glib/gi18n.h>

#include "cpt-date.h"
#include "cpt-error.h"
#include "cpt-number-series.h"
#include "cpt-numbering.h"
#include "cpt-numbering-editor.h"

struct _CptNumberingEditor
{
  AdwPreferencesGroup  parent_instance;

  CptDatabase         *db;
  char                *doc_type;
  gboolean             always_automatic;
  CptNumberSeries     *series;
  char                *preview;

  GtkWidget           *auto_check;
  GtkWidget           *manual_check;
  GtkWidget           *manual_row;
  GtkWidget           *prefix_row;
  GtkWidget           *next_row;
  GtkWidget           *padding_spin;
  GtkWidget           *padding_row;
  GtkWidget           *yearly_switch;
  GtkWidget           *yearly_row;
  GtkWidget           *preview_row;
  GtkWidget           *preview_label;
  GtkWidget           *error_label;
};

G_DEFINE_FINAL_TYPE (CptNumberingEditor, cpt_numbering_editor, ADW_TYPE_PREFERENCES_GROUP)

static const struct
{
  const char *doc_type;
  const char *title;
} doc_types[] = {
  { "salesorder", N_("Sales Orders") },
  { "invoice", N_("Invoices") },
  { "creditnote", N_("Credit Notes") },
  { "shipment", N_("Shipments") },
};

static gboolean
read_next (CptNumberingEditor *self,
           gint64             *next)
{
  g_autofree char *text = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->next_row))));
  guint64 value;

  if (!g_ascii_string_to_unsigned (text, 10, 1, G_GINT64_CONSTANT (999999999999), &value, NULL))
    return FALSE;

  *next = (gint64) value;
  return TRUE;
}

static gboolean
is_manual (CptNumberingEditor *self)
{
  return gtk_check_button_get_active (GTK_CHECK_BUTTON (self->manual_check));
}

/* The series as the widgets show it. */
static CptNumberSeries *
read_series (CptNumberingEditor *self,
             gint64              next)
{
  CptNumberSeries *series = cpt_number_series_copy (self->series);

  series->manual = is_manual (self);
  g_free (series->prefix);
  series->prefix = g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->prefix_row)));
  series->next_number = next;
  series->padding = gtk_spin_button_get_value_as_int (GTK_SPIN_BUTTON (self->padding_spin));
  series->yearly_reset = gtk_switch_get_active (GTK_SWITCH (self->yearly_switch));

  return series;
}

static void
update (CptNumberingEditor *self)
{
  g_autofree char *today = cpt_date_today ();
  g_autoptr(GError) error = NULL;
  const char *prefix = gtk_editable_get_text (GTK_EDITABLE (self->prefix_row));
  guint padding = gtk_spin_button_get_value_as_int (GTK_SPIN_BUTTON (self->padding_spin));
  gboolean yearly = gtk_switch_get_active (GTK_SWITCH (self->yearly_switch));
  gboolean manual = is_manual (self);
  g_autoptr(CptNumberSeries) series = NULL;
  gint64 next = 0;

  gtk_widget_set_sensitive (self->prefix_row, !manual);
  gtk_widget_set_sensitive (self->next_row, !manual);
  gtk_widget_set_sensitive (self->padding_row, !manual);
  gtk_widget_set_sensitive (self->yearly_row, !manual);

  g_clear_pointer (&self->preview, g_free);
  if (!read_next (self, &next))
    {
      gtk_widget_add_css_class (self->next_row, "error");
      gtk_label_set_text (GTK_LABEL (self->preview_label), "—");
      return;
    }
  gtk_widget_remove_css_class (self->next_row, "error");

  if (manual)
    {
      gtk_label_set_text (GTK_LABEL (self->preview_label), _("Typed on each document"));
      return;
    }

  if (!cpt_numbering_validate (prefix, next, padding, yearly, &error))
    {
      gtk_widget_add_css_class (self->prefix_row, "error");
      gtk_label_set_text (GTK_LABEL (self->preview_label), "—");
      return;
    }
  gtk_widget_remove_css_class (self->prefix_row, "error");

  series = read_series (self, next);
  self->preview = cpt_number_series_preview (series, today);
  gtk_label_set_text (GTK_LABEL (self->preview_label), self->preview != NULL ? self->preview : "—");
}

static GtkWidget *
add_switch_row (CptNumberingEditor *self,
                const char         *title,
                GtkWidget         **row)
{
  GtkWidget *widget = gtk_switch_new ();

  *row = adw_action_row_new ();
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (*row), title);
  adw_preferences_row_set_use_underline (ADW_PREFERENCES_ROW (*row), TRUE);
  gtk_widget_set_valign (widget, GTK_ALIGN_CENTER);
  adw_action_row_add_suffix (ADW_ACTION_ROW (*row), widget);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (*row), widget);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (self), *row);

  return widget;
}

static GtkWidget *
add_radio_row (CptNumberingEditor *self,
               const char         *title,
               const char         *subtitle,
               GtkWidget          *group,
               GtkWidget         **row)
{
  GtkWidget *check = gtk_check_button_new ();

  if (group != NULL)
    gtk_check_button_set_group (GTK_CHECK_BUTTON (check), GTK_CHECK_BUTTON (group));
  gtk_widget_set_valign (check, GTK_ALIGN_CENTER);

  *row = adw_action_row_new ();
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (*row), title);
  adw_preferences_row_set_use_underline (ADW_PREFERENCES_ROW (*row), TRUE);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (*row), subtitle);
  adw_action_row_add_prefix (ADW_ACTION_ROW (*row), check);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (*row), check);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (self), *row);

  return check;
}

static void
cpt_numbering_editor_finalize (GObject *object)
{
  CptNumberingEditor *self = CPT_NUMBERING_EDITOR (object);

  g_clear_object (&self->db);
  g_clear_pointer (&self->doc_type, g_free);
  g_clear_pointer (&self->preview, g_free);
  g_clear_pointer (&self->series, cpt_number_series_free);

  G_OBJECT_CLASS (cpt_numbering_editor_parent_class)->finalize (object);
}

static void
cpt_numbering_editor_class_init (CptNumberingEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = cpt_numbering_editor_finalize;
}

static void
cpt_numbering_editor_init (CptNumberingEditor *self)
{
  GtkWidget *row;
  GtkAdjustment *adjustment;

  self->auto_check = add_radio_row (self, _("_Automatic numbering"),
                                    _("A prefix and a counter, increased on each document"),
                                    NULL, &row);
  self->manual_check = add_radio_row (self, _("_Manual entry"),
                                      _("The number is typed on each document; it must be unique"),
                                      self->auto_check, &self->manual_row);

  self->prefix_row = adw_entry_row_new ();
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->prefix_row), _("_Prefix"));
  adw_preferences_row_set_use_underline (ADW_PREFERENCES_ROW (self->prefix_row), TRUE);
  gtk_widget_set_tooltip_text (self->prefix_row,
                               _("{YYYY}, {YY} and {MM} are replaced by the year and month of the document"));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (self), self->prefix_row);

  self->next_row = adw_entry_row_new ();
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->next_row), _("_Next number"));
  adw_preferences_row_set_use_underline (ADW_PREFERENCES_ROW (self->next_row), TRUE);
  gtk_editable_set_text (GTK_EDITABLE (self->next_row), "1");
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (self), self->next_row);

  adjustment = gtk_adjustment_new (5, 1, CPT_NUMBERING_MAX_PADDING, 1, 1, 0);
  self->padding_spin = gtk_spin_button_new (adjustment, 1, 0);
  gtk_widget_set_valign (self->padding_spin, GTK_ALIGN_CENTER);
  self->padding_row = adw_action_row_new ();
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->padding_row), _("Number of _digits"));
  adw_preferences_row_set_use_underline (ADW_PREFERENCES_ROW (self->padding_row), TRUE);
  adw_action_row_add_suffix (ADW_ACTION_ROW (self->padding_row), self->padding_spin);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (self->padding_row), self->padding_spin);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (self), self->padding_row);

  self->yearly_switch = add_switch_row (self, _("_Restart at 1 every year"), &self->yearly_row);

  self->preview_label = gtk_label_new (NULL);
  gtk_label_set_selectable (GTK_LABEL (self->preview_label), TRUE);
  gtk_widget_add_css_class (self->preview_label, "numbering-preview");
  self->preview_row = adw_action_row_new ();
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->preview_row), _("Next number"));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (self->preview_row), _("Preview"));
  adw_action_row_add_suffix (ADW_ACTION_ROW (self->preview_row), self->preview_label);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (self), self->preview_row);

  self->error_label = gtk_label_new (NULL);
  gtk_label_set_wrap (GTK_LABEL (self->error_label), TRUE);
  gtk_label_set_xalign (GTK_LABEL (self->error_label), 0);
  gtk_widget_set_margin_top (self->error_label, 6);
  gtk_widget_add_css_class (self->error_label, "error");
  gtk_widget_set_visible (self->error_label, FALSE);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (self), self->error_label);

  g_signal_connect_object (self->manual_check, "notify::active", G_CALLBACK (update), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->prefix_row, "changed", G_CALLBACK (update), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->next_row, "changed", G_CALLBACK (update), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->padding_spin, "value-changed", G_CALLBACK (update), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->yearly_switch, "notify::active", G_CALLBACK (update), self, G_CONNECT_SWAPPED);
}

static void
show_error (CptNumberingEditor *self,
            const char         *message)
{
  gtk_label_set_text (GTK_LABEL (self->error_label), message != NULL ? message : "");
  gtk_widget_set_visible (self->error_label, message != NULL);
}

CptNumberingEditor *
cpt_numbering_editor_new (CptDatabase *db,
                          const char  *doc_type)
{
  CptNumberingEditor *self;
  g_autoptr(GError) error = NULL;
  g_autofree char *next = NULL;

  g_return_val_if_fail (CPT_IS_DATABASE (db), NULL);
  g_return_val_if_fail (doc_type != NULL, NULL);

  self = g_object_new (CPT_TYPE_NUMBERING_EDITOR, NULL);
  self->db = g_object_ref (db);
  self->doc_type = g_strdup (doc_type);
  self->always_automatic = cpt_number_series_always_auto (doc_type);

  for (guint i = 0; i < G_N_ELEMENTS (doc_types); i++)
    if (g_str_equal (doc_types[i].doc_type, doc_type))
      adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (self), _(doc_types[i].title));

  if (self->always_automatic)
    {
      gtk_widget_set_visible (self->manual_row, FALSE);
      adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (self),
                                             _("Always automatic: French law wants a continuous series without gaps."));
    }

  self->series = cpt_number_series_get (db, doc_type, &error);
  if (self->series == NULL)
    {
      show_error (self, error->message);
      gtk_widget_set_sensitive (GTK_WIDGET (self), FALSE);
      return self;
    }

  gtk_check_button_set_active (GTK_CHECK_BUTTON (self->series->manual ? self->manual_check : self->auto_check), TRUE);
  gtk_editable_set_text (GTK_EDITABLE (self->prefix_row), self->series->prefix);
  next = g_strdup_printf ("%" G_GINT64_FORMAT, self->series->next_number);
  gtk_editable_set_text (GTK_EDITABLE (self->next_row), next);
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (self->padding_spin), self->series->padding);
  gtk_switch_set_active (GTK_SWITCH (self->yearly_switch), self->series->yearly_reset);
  update (self);

  return self;
}

gboolean
cpt_numbering_editor_save (CptNumberingEditor  *self,
                           GError             **error)
{
  g_autoptr(CptNumberSeries) series = NULL;
  g_autoptr(GError) local_error = NULL;
  gint64 next = 0;

  g_return_val_if_fail (CPT_IS_NUMBERING_EDITOR (self), FALSE);

  show_error (self, NULL);

  if (!read_next (self, &next))
    {
      g_set_error_literal (&local_error, CPT_ERROR, CPT_ERROR_INVALID,
                           _("The next number must be a whole number from 1."));
      gtk_widget_grab_focus (self->next_row);
    }
  else if (self->series != NULL)
    {
      series = read_series (self, next);
      cpt_number_series_set (self->db, series, &local_error);
    }

  if (local_error != NULL)
    {
      show_error (self, local_error->message);
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }

  return TRUE;
}

void
cpt_numbering_editor_set_manual (CptNumberingEditor *self,
                                 gboolean            manual)
{
  g_return_if_fail (CPT_IS_NUMBERING_EDITOR (self));

  if (self->always_automatic)
    return;

  gtk_check_button_set_active (GTK_CHECK_BUTTON (manual ? self->manual_check : self->auto_check), TRUE);
}

GtkEditable *
cpt_numbering_editor_get_prefix (CptNumberingEditor *self)
{
  g_return_val_if_fail (CPT_IS_NUMBERING_EDITOR (self), NULL);

  return GTK_EDITABLE (self->prefix_row);
}

GtkEditable *
cpt_numbering_editor_get_next (CptNumberingEditor *self)
{
  g_return_val_if_fail (CPT_IS_NUMBERING_EDITOR (self), NULL);

  return GTK_EDITABLE (self->next_row);
}

const char *
cpt_numbering_editor_get_preview (CptNumberingEditor *self)
{
  g_return_val_if_fail (CPT_IS_NUMBERING_EDITOR (self), NULL);

  return self->preview;
}
