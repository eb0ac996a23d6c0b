/* cpt-date-entry.c
 *
 * Copyright 2026 The Comptoir authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "cpt-date-entry"

#include "config.h"

#include <glib/gi18n.h>
#include <stdio.h>

#include "cpt-date.h"
#include "cpt-date-entry.h"

struct _CptDateEntry
{
  GtkWidget  parent_instance;

  GtkWidget *entry;
  GtkWidget *button;
  GtkWidget *calendar;
};

G_DEFINE_FINAL_TYPE (CptDateEntry, cpt_date_entry, GTK_TYPE_WIDGET)

enum {
  CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* The calendar speaks GDateTime, the database ISO text. */
static GDateTime *
date_time_from_iso (const char *iso)
{
  g_autoptr(GTimeZone) tz = NULL;
  guint y, m, d;

  if (iso == NULL || !cpt_date_is_valid (iso) || sscanf (iso, "%4u-%2u-%2u", &y, &m, &d) != 3)
    return NULL;

  tz = g_time_zone_new_local ();
  return g_date_time_new (tz, y, m, d, 12, 0, 0);
}

static void
on_entry_changed_cb (CptDateEntry *self)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->entry));

  if (text[0] == '\0' || cpt_date_entry_is_valid (self))
    gtk_widget_remove_css_class (self->entry, "error");
  else
    gtk_widget_add_css_class (self->entry, "error");

  g_signal_emit (self, signals[CHANGED], 0);
}

static void
on_calendar_day_selected_cb (CptDateEntry *self)
{
  g_autoptr(GDateTime) picked = gtk_calendar_get_date (GTK_CALENDAR (self->calendar));
  g_autofree char *iso = g_date_time_format (picked, "%Y-%m-%d");

  cpt_date_entry_set_date (self, iso);
  gtk_menu_button_popdown (GTK_MENU_BUTTON (self->button));
  gtk_widget_grab_focus (self->entry);
}

static void
on_popover_show_cb (CptDateEntry *self)
{
  g_autofree char *iso = cpt_date_entry_dup_date (self);
  g_autoptr(GDateTime) shown = date_time_from_iso (iso);

  if (shown == NULL)
    shown = g_date_time_new_now_local ();

  g_signal_handlers_block_by_func (self->calendar, on_calendar_day_selected_cb, self);
  gtk_calendar_select_day (GTK_CALENDAR (self->calendar), shown);
  g_signal_handlers_unblock_by_func (self->calendar, on_calendar_day_selected_cb, self);
}

static gboolean
cpt_date_entry_grab_focus (GtkWidget *widget)
{
  return gtk_widget_grab_focus (CPT_DATE_ENTRY (widget)->entry);
}

static gboolean
cpt_date_entry_mnemonic_activate (GtkWidget *widget,
                                  gboolean   group_cycling)
{
  return gtk_widget_grab_focus (CPT_DATE_ENTRY (widget)->entry);
}

static void
cpt_date_entry_dispose (GObject *object)
{
  CptDateEntry *self = CPT_DATE_ENTRY (object);

  g_clear_pointer (&self->entry, gtk_widget_unparent);
  g_clear_pointer (&self->button, gtk_widget_unparent);

  G_OBJECT_CLASS (cpt_date_entry_parent_class)->dispose (object);
}

static void
cpt_date_entry_class_init (CptDateEntryClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = cpt_date_entry_dispose;
  widget_class->grab_focus = cpt_date_entry_grab_focus;
  widget_class->mnemonic_activate = cpt_date_entry_mnemonic_activate;

  signals[CHANGED] =
    g_signal_new ("changed",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 0);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BOX_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "cpt-date-entry");
}

static void
cpt_date_entry_init (CptDateEntry *self)
{
  GtkWidget *popover;

  gtk_box_layout_set_spacing (GTK_BOX_LAYOUT (gtk_widget_get_layout_manager (GTK_WIDGET (self))), 6);

  self->entry = gtk_entry_new ();
  gtk_widget_set_hexpand (self->entry, TRUE);
  /* Translators: the placeholder of a date entry: day/month/year */
  gtk_entry_set_placeholder_text (GTK_ENTRY (self->entry), _("dd/mm/yyyy"));
  gtk_editable_set_width_chars (GTK_EDITABLE (self->entry), 10);
  gtk_widget_set_parent (self->entry, GTK_WIDGET (self));
  g_signal_connect_object (self->entry, "changed",
                           G_CALLBACK (on_entry_changed_cb), self, G_CONNECT_SWAPPED);

  self->calendar = gtk_calendar_new ();
  g_signal_connect_object (self->calendar, "day-selected",
                           G_CALLBACK (on_calendar_day_selected_cb), self, G_CONNECT_SWAPPED);

  popover = gtk_popover_new ();
  gtk_popover_set_child (GTK_POPOVER (popover), self->calendar);
  g_signal_connect_object (popover, "show",
                           G_CALLBACK (on_popover_show_cb), self, G_CONNECT_SWAPPED);

  self->button = gtk_menu_button_new ();
  gtk_menu_button_set_icon_name (GTK_MENU_BUTTON (self->button), "x-office-calendar-symbolic");
  gtk_menu_button_set_popover (GTK_MENU_BUTTON (self->button), popover);
  gtk_widget_set_tooltip_text (self->button, _("Choose a date"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Choose a date"),
                                  -1);
  gtk_widget_set_parent (self->button, GTK_WIDGET (self));
}

GtkWidget *
cpt_date_entry_new (void)
{
  return g_object_new (CPT_TYPE_DATE_ENTRY, NULL);
}

/* Returns the ISO date, or NULL when the entry is empty or not a date. */
char *
cpt_date_entry_dup_date (CptDateEntry *self)
{
  char *iso = NULL;

  g_return_val_if_fail (CPT_IS_DATE_ENTRY (self), NULL);

  if (!cpt_date_parse (gtk_editable_get_text (GTK_EDITABLE (self->entry)), &iso, NULL))
    return NULL;

  return iso;
}

void
cpt_date_entry_set_date (CptDateEntry *self,
                         const char   *iso_date)
{
  g_autofree char *text = NULL;

  g_return_if_fail (CPT_IS_DATE_ENTRY (self));

  if (iso_date != NULL)
    text = cpt_date_format (iso_date);

  gtk_editable_set_text (GTK_EDITABLE (self->entry), text != NULL ? text : "");
}

/* TRUE when the entry is empty or holds a real date. */
gboolean
cpt_date_entry_is_valid (CptDateEntry *self)
{
  const char *text;
  g_autofree char *iso = NULL;

  g_return_val_if_fail (CPT_IS_DATE_ENTRY (self), FALSE);

  text = gtk_editable_get_text (GTK_EDITABLE (self->entry));
  if (text[0] == '\0')
    return TRUE;

  return cpt_date_parse (text, &iso, NULL);
}

GtkEntry *
cpt_date_entry_get_entry (CptDateEntry *self)
{
  g_return_val_if_fail (CPT_IS_DATE_ENTRY (self), NULL);

  return GTK_ENTRY (self->entry);
}
