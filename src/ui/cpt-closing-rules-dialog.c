/* cpt-closing-rules-dialog.c
 *
 * Copyright 2026 The Comptoir authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "cpt-closing-rules-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "cpt-closing-rules-dialog.h"

/* « Règles de clôture »: the rule is stored on Save, not while the user
 * is still choosing. */

struct _CptClosingRulesDialog
{
  AdwWindow  parent_instance;

  GtkWidget *page;
  GtkWidget *group;
};

G_DEFINE_FINAL_TYPE (CptClosingRulesDialog, cpt_closing_rules_dialog, ADW_TYPE_WINDOW)

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  CptClosingRulesDialog *self = CPT_CLOSING_RULES_DIALOG (widget);

  if (cpt_closing_rules_group_save (CPT_CLOSING_RULES_GROUP (self->group), NULL))
    gtk_window_destroy (GTK_WINDOW (self));
}

static void
cpt_closing_rules_dialog_class_init (CptClosingRulesDialogClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/cpt-closing-rules-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, CptClosingRulesDialog, page);

  gtk_widget_class_install_action (widget_class, "closing.save", NULL, save_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
cpt_closing_rules_dialog_init (CptClosingRulesDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

CptClosingRulesDialog *
cpt_closing_rules_dialog_new (GtkWindow   *parent,
                              CptDatabase *db)
{
  CptClosingRulesDialog *self;

  g_return_val_if_fail (CPT_IS_DATABASE (db), NULL);

  self = g_object_new (CPT_TYPE_CLOSING_RULES_DIALOG, "transient-for", parent, NULL);
  self->group = GTK_WIDGET (cpt_closing_rules_group_new (db, FALSE));
  adw_preferences_page_add (ADW_PREFERENCES_PAGE (self->page), ADW_PREFERENCES_GROUP (self->group));

  return self;
}

CptClosingRulesGroup *
cpt_closing_rules_dialog_get_group (CptClosingRulesDialog *self)
{
  g_return_val_if_fail (CPT_IS_CLOSING_RULES_DIALOG (self), NULL);

  return CPT_CLOSING_RULES_GROUP (self->group);
}
