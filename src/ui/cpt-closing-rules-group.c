/* cpt-closing-rules-group.c
 *
 * Copyright 2026 The Comptoir authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "cpt-closing-rules-group"

#include "config.h"

#include <glib/gi18n.h>

#include "cpt-closing-rules-group.h"
#include "cpt-settings-service.h"

#define N_RULES 3

struct _CptClosingRulesGroup
{
  AdwPreferencesGroup  parent_instance;

  CptDatabase         *db;
  gboolean             apply_at_once;
  GtkWidget           *checks[N_RULES];
  GtkWidget           *error_label;
};

G_DEFINE_FINAL_TYPE (CptClosingRulesGroup, cpt_closing_rules_group, ADW_TYPE_PREFERENCES_GROUP)

static const CptClosingRule rules[N_RULES] = {
  CPT_CLOSING_RULE_INVOICED,
  CPT_CLOSING_RULE_SHIPPED,
  CPT_CLOSING_RULE_SHIPPED_AND_INVOICED,
};

static void
show_error (CptClosingRulesGroup *self,
            const char           *message)
{
  gtk_label_set_text (GTK_LABEL (self->error_label), message != NULL ? message : "");
  gtk_widget_set_visible (self->error_label, message != NULL);
}

static void
on_check_active_cb (CptClosingRulesGroup *self,
                    GParamSpec           *pspec,
                    GtkCheckButton       *check)
{
  if (!self->apply_at_once || !gtk_check_button_get_active (check))
    return;

  cpt_closing_rules_group_save (self, NULL);
}

static void
cpt_closing_rules_group_finalize (GObject *object)
{
  CptClosingRulesGroup *self = CPT_CLOSING_RULES_GROUP (object);

  g_clear_object (&self->db);

  G_OBJECT_CLASS (cpt_closing_rules_group_parent_class)->finalize (object);
}

static void
cpt_closing_rules_group_class_init (CptClosingRulesGroupClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = cpt_closing_rules_group_finalize;
}

static void
cpt_closing_rules_group_init (CptClosingRulesGroup *self)
{
  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (self), _("Close a confirmed order automatically"));
  adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (self),
                                         _("The order closes as soon as the rule is met, and reopens by itself "
                                           "if an invoice is cancelled or a shipment deleted."));

  for (guint i = 0; i < N_RULES; i++)
    {
      GtkWidget *row = adw_action_row_new ();

      self->checks[i] = gtk_check_button_new ();
      if (i > 0)
        gtk_check_button_set_group (GTK_CHECK_BUTTON (self->checks[i]), GTK_CHECK_BUTTON (self->checks[0]));
      gtk_widget_set_valign (self->checks[i], GTK_ALIGN_CENTER);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), cpt_closing_rule_get_label (rules[i]));
      adw_action_row_add_prefix (ADW_ACTION_ROW (row), self->checks[i]);
      adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), self->checks[i]);
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (self), row);
    }

  self->error_label = gtk_label_new (NULL);
  gtk_label_set_wrap (GTK_LABEL (self->error_label), TRUE);
  gtk_label_set_xalign (GTK_LABEL (self->error_label), 0);
  gtk_widget_set_margin_top (self->error_label, 6);
  gtk_widget_add_css_class (self->error_label, "error");
  gtk_widget_set_visible (self->error_label, FALSE);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (self), self->error_label);
}

CptClosingRulesGroup *
cpt_closing_rules_group_new (CptDatabase *db,
                             gboolean     apply_at_once)
{
  CptClosingRulesGroup *self;

  g_return_val_if_fail (CPT_IS_DATABASE (db), NULL);

  self = g_object_new (CPT_TYPE_CLOSING_RULES_GROUP, NULL);
  self->db = g_object_ref (db);
  cpt_closing_rules_group_set_rule (self, cpt_settings_get_closing_rule (db));

  /* Connected after the first selection, which must not store anything. */
  self->apply_at_once = apply_at_once;
  for (guint i = 0; i < N_RULES; i++)
    g_signal_connect_object (self->checks[i], "notify::active",
                             G_CALLBACK (on_check_active_cb), self, G_CONNECT_SWAPPED);

  return self;
}

CptClosingRule
cpt_closing_rules_group_get_rule (CptClosingRulesGroup *self)
{
  g_return_val_if_fail (CPT_IS_CLOSING_RULES_GROUP (self), CPT_CLOSING_RULE_SHIPPED_AND_INVOICED);

  for (guint i = 0; i < N_RULES; i++)
    if (gtk_check_button_get_active (GTK_CHECK_BUTTON (self->checks[i])))
      return rules[i];

  return CPT_CLOSING_RULE_SHIPPED_AND_INVOICED;
}

void
cpt_closing_rules_group_set_rule (CptClosingRulesGroup *self,
                                  CptClosingRule        rule)
{
  g_return_if_fail (CPT_IS_CLOSING_RULES_GROUP (self));

  for (guint i = 0; i < N_RULES; i++)
    if (rules[i] == rule)
      gtk_check_button_set_active (GTK_CHECK_BUTTON (self->checks[i]), TRUE);
}

gboolean
cpt_closing_rules_group_save (CptClosingRulesGroup  *self,
                              GError               **error)
{
  g_autoptr(GError) local_error = NULL;

  g_return_val_if_fail (CPT_IS_CLOSING_RULES_GROUP (self), FALSE);

  if (!cpt_settings_set_closing_rule (self->db, cpt_closing_rules_group_get_rule (self), &local_error))
    {
      show_error (self, local_error->message);
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }

  show_error (self, NULL);
  return TRUE;
}
