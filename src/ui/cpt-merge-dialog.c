/* cpt-merge-dialog.c
 *
 * Copyright 2026 The Comptoir authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "cpt-merge-dialog"

#include "config.h"

#include "cpt-merge-dialog.h"

#include <glib/gi18n.h>

#include "cpt-date.h"
#include "cpt-merge-rules.h"
#include "cpt-money.h"
#include "cpt-order-merge.h"
#include "cpt-order-service.h"

struct _CptMergeDialog
{
  AdwWindow             parent_instance;

  GtkBox               *columns;
  AdwPreferencesGroup  *failures_group;
  GtkLabel             *error_label;
  GtkCheckButton       *keep[2];

  CptDatabase          *db;
  gint64                ids[2];
  GPtrArray            *failures;    /* CptMergeFailure */
};

G_DEFINE_FINAL_TYPE (CptMergeDialog, cpt_merge_dialog, ADW_TYPE_WINDOW)

enum {
  MERGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
add_row (AdwPreferencesGroup *group,
         const char          *title,
         const char          *value)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *label = gtk_label_new (value);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_label_set_xalign (GTK_LABEL (label), 1.0);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), label);
  adw_preferences_group_add (group, row);
}

static GtkWidget *
order_column (CptMergeDialog *self,
              CptOrder       *order,
              guint           index)
{
  GtkWidget *group = adw_preferences_group_new ();
  g_autofree char *date = cpt_date_format (cpt_order_get_date (order));
  g_autofree char *total = cpt_money_format (cpt_order_get_total (order));
  g_autofree char *n_lines = g_strdup_printf ("%u", cpt_order_get_n_lines (order));
  g_autofree char *address = cpt_address_format_one_line (cpt_order_get_shipping_address (order));
  GtkWidget *keep_row = adw_action_row_new ();
  GtkWidget *check = gtk_check_button_new ();

  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), cpt_order_get_number (order));
  add_row (ADW_PREFERENCES_GROUP (group), C_("merge dialog", "Date"), date);
  add_row (ADW_PREFERENCES_GROUP (group), C_("merge dialog", "Customer"), cpt_order_get_customer_name (order));
  add_row (ADW_PREFERENCES_GROUP (group), C_("merge dialog", "Shipping Address"), address);
  add_row (ADW_PREFERENCES_GROUP (group), C_("merge dialog", "Status"), cpt_order_status_get_label (cpt_order_get_status (order)));
  add_row (ADW_PREFERENCES_GROUP (group), C_("merge dialog", "Lines"), n_lines);
  add_row (ADW_PREFERENCES_GROUP (group), C_("merge dialog", "Total incl. VAT"), total);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (keep_row), _("_Keep This Order"));
  adw_preferences_row_set_use_underline (ADW_PREFERENCES_ROW (keep_row), TRUE);
  adw_action_row_add_prefix (ADW_ACTION_ROW (keep_row), check);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (keep_row), check);
  gtk_accessible_update_relation (GTK_ACCESSIBLE (check), GTK_ACCESSIBLE_RELATION_LABELLED_BY,
                                  keep_row, NULL, -1);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), keep_row);
  self->keep[index] = GTK_CHECK_BUTTON (check);
  return group;
}

static void
show_failures (CptMergeDialog *self)
{
  for (guint i = 0; i < self->failures->len; i++)
    {
      CptMergeFailure *failure = g_ptr_array_index (self->failures, i);
      GtkWidget *row = adw_action_row_new ();
      GtkWidget *icon = gtk_image_new_from_icon_name ("dialog-warning-symbolic");

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), failure->message);
      adw_action_row_set_title_lines (ADW_ACTION_ROW (row), 0);
      gtk_widget_add_css_class (icon, "warning");
      adw_action_row_add_prefix (ADW_ACTION_ROW (row), icon);
      adw_preferences_group_add (self->failures_group, row);
    }
  gtk_widget_set_visible (GTK_WIDGET (self->failures_group), self->failures->len > 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "merge.merge", self->failures->len == 0);
}

static void
merge_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  CptMergeDialog *self = CPT_MERGE_DIALOG (widget);
  g_autoptr(GError) error = NULL;
  gint64 kept = 0;

  if (!cpt_order_merge (self->db, self->ids[0], self->ids[1], cpt_merge_dialog_get_keep_id (self),
                        &kept, &error))
    {
      gtk_label_set_text (self->error_label, error->message);
      gtk_widget_set_visible (GTK_WIDGET (self->error_label), TRUE);
      return;
    }
  g_signal_emit (self, signals[MERGED], 0, kept);
  gtk_window_destroy (GTK_WINDOW (self));
}

static void
cpt_merge_dialog_dispose (GObject *object)
{
  CptMergeDialog *self = CPT_MERGE_DIALOG (object);

  g_clear_object (&self->db);
  g_clear_pointer (&self->failures, g_ptr_array_unref);
  gtk_widget_dispose_template (GTK_WIDGET (self), CPT_TYPE_MERGE_DIALOG);

  G_OBJECT_CLASS (cpt_merge_dialog_parent_class)->dispose (object);
}

static void
cpt_merge_dialog_class_init (CptMergeDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = cpt_merge_dialog_dispose;

  signals[MERGED] = g_signal_new ("merged", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_INT64);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/cpt-merge-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, CptMergeDialog, columns);
  gtk_widget_class_bind_template_child (widget_class, CptMergeDialog, failures_group);
  gtk_widget_class_bind_template_child (widget_class, CptMergeDialog, error_label);

  gtk_widget_class_install_action (widget_class, "merge.merge", NULL, merge_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
cpt_merge_dialog_init (CptMergeDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

CptMergeDialog *
cpt_merge_dialog_new (GtkWindow    *parent,
                      CptDatabase  *db,
                      gint64        id_a,
                      gint64        id_b,
                      GError      **error)
{
  g_autoptr(CptOrder) a = NULL;
  g_autoptr(CptOrder) b = NULL;
  g_autoptr(GPtrArray) failures = NULL;
  CptMergeDialog *self;
  int older;

  g_return_val_if_fail (CPT_IS_DATABASE (db), NULL);

  if (!cpt_order_merge_check (db, id_a, id_b, &failures, error))
    return NULL;
  a = cpt_order_service_get (db, id_a, error);
  if (a == NULL)
    return NULL;
  b = cpt_order_service_get (db, id_b, error);
  if (b == NULL)
    return NULL;

  /* The older order on the left, kept by default. */
  older = g_strcmp0 (cpt_order_get_date (a), cpt_order_get_date (b));
  if (older > 0 || (older == 0 && id_b < id_a))
    {
      CptOrder *swap = a;
      a = b;
      b = swap;
    }

  self = g_object_new (CPT_TYPE_MERGE_DIALOG, "transient-for", parent, NULL);
  self->db = g_object_ref (db);
  self->ids[0] = cpt_order_get_id (a);
  self->ids[1] = cpt_order_get_id (b);
  self->failures = g_steal_pointer (&failures);
  gtk_box_append (self->columns, order_column (self, a, 0));
  gtk_box_append (self->columns, order_column (self, b, 1));
  gtk_check_button_set_group (self->keep[1], self->keep[0]);
  gtk_check_button_set_active (self->keep[0], TRUE);
  show_failures (self);
  return self;
}

void
cpt_merge_dialog_set_keep_id (CptMergeDialog *self,
                              gint64          keep_id)
{
  g_return_if_fail (CPT_IS_MERGE_DIALOG (self));

  gtk_check_button_set_active (self->keep[keep_id == self->ids[1] ? 1 : 0], TRUE);
}

gint64
cpt_merge_dialog_get_keep_id (CptMergeDialog *self)
{
  g_return_val_if_fail (CPT_IS_MERGE_DIALOG (self), 0);

  return gtk_check_button_get_active (self->keep[1]) ? self->ids[1] : self->ids[0];
}

char *
cpt_merge_dialog_dup_failures (CptMergeDialog *self)
{
  GString *text;

  g_return_val_if_fail (CPT_IS_MERGE_DIALOG (self), NULL);

  if (self->failures->len == 0)
    return NULL;
  text = g_string_new (NULL);
  for (guint i = 0; i < self->failures->len; i++)
    {
      CptMergeFailure *failure = g_ptr_array_index (self->failures, i);

      if (i > 0)
        g_string_append_c (text, '\n');
      g_string_append (text, failure->message);
    }
  return g_string_free (text, FALSE);
}
