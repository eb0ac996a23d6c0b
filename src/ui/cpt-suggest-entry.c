/* cpt-suggest-entry.c
 *
 * Copyright 2026 The Comptoir authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "cpt-suggest-entry"

#include "config.h"

#include <glib/gi18n.h>

#include "cpt-suggest-entry.h"

/* An entry with a list of proposals under it, refreshed on every
 * keystroke, in the manner of GtkEntryCompletion: the popover never takes
 * the focus, so typing goes on while the list follows; Up/Down move in the
 * list, Enter takes the highlighted proposal, Escape closes the list. */

struct _CptSuggestEntry
{
  GtkWidget       parent_instance;

  GtkWidget      *entry;
  GtkWidget      *popover;
  GtkWidget      *list;

  CptSuggestFunc  func;
  gpointer        func_data;
  GDestroyNotify  func_destroy;

  GPtrArray      *results;
  guint           blocked;
};

G_DEFINE_FINAL_TYPE (CptSuggestEntry, cpt_suggest_entry, GTK_TYPE_WIDGET)

enum {
  SUGGESTION_CHOSEN,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

CptSuggestion *
cpt_suggestion_new (gint64      id,
                    const char *title,
                    const char *subtitle,
                    const char *detail)
{
  CptSuggestion *suggestion = g_new0 (CptSuggestion, 1);

  suggestion->id = id;
  suggestion->title = g_strdup (title);
  suggestion->subtitle = g_strdup (subtitle);
  suggestion->detail = g_strdup (detail);

  return suggestion;
}

void
cpt_suggestion_free (CptSuggestion *suggestion)
{
  if (suggestion == NULL)
    return;

  g_free (suggestion->title);
  g_free (suggestion->subtitle);
  g_free (suggestion->detail);
  g_free (suggestion);
}

static GtkWidget *
create_row (CptSuggestion *suggestion)
{
  GtkWidget *row;
  GtkWidget *box;
  GtkWidget *texts;
  GtkWidget *label;

  box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  gtk_widget_set_margin_start (box, 6);
  gtk_widget_set_margin_end (box, 6);
  gtk_widget_set_margin_top (box, 4);
  gtk_widget_set_margin_bottom (box, 4);

  texts = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  gtk_widget_set_hexpand (texts, TRUE);
  gtk_box_append (GTK_BOX (box), texts);

  label = gtk_label_new (suggestion->title);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_box_append (GTK_BOX (texts), label);

  if (suggestion->subtitle != NULL && suggestion->subtitle[0] != '\0')
    {
      label = gtk_label_new (suggestion->subtitle);
      gtk_label_set_xalign (GTK_LABEL (label), 0);
      gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
      gtk_widget_add_css_class (label, "dim-label");
      gtk_widget_add_css_class (label, "caption");
      gtk_box_append (GTK_BOX (texts), label);
    }

  if (suggestion->detail != NULL && suggestion->detail[0] != '\0')
    {
      label = gtk_label_new (suggestion->detail);
      gtk_label_set_xalign (GTK_LABEL (label), 1);
      gtk_widget_add_css_class (label, "caption");
      gtk_widget_add_css_class (label, suggestion->warning ? "error" : "dim-label");
      gtk_box_append (GTK_BOX (box), label);
    }

  row = gtk_list_box_row_new ();
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);

  return row;
}

static void
clear_rows (CptSuggestEntry *self)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (self->list)) != NULL)
    gtk_list_box_remove (GTK_LIST_BOX (self->list), child);
}

static void
refresh (CptSuggestEntry *self)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->entry));

  clear_rows (self);
  g_clear_pointer (&self->results, g_ptr_array_unref);

  if (self->func == NULL)
    return;

  self->results = self->func (text, self->func_data);
  if (self->results == NULL || self->results->len == 0)
    {
      gtk_popover_popdown (GTK_POPOVER (self->popover));
      return;
    }

  for (guint i = 0; i < self->results->len; i++)
    gtk_list_box_append (GTK_LIST_BOX (self->list), create_row (g_ptr_array_index (self->results, i)));

  gtk_list_box_select_row (GTK_LIST_BOX (self->list),
                           gtk_list_box_get_row_at_index (GTK_LIST_BOX (self->list), 0));

  if (gtk_widget_get_mapped (GTK_WIDGET (self)))
    gtk_popover_popup (GTK_POPOVER (self->popover));
}

static void
on_entry_changed_cb (CptSuggestEntry *self)
{
  if (self->blocked > 0)
    return;

  refresh (self);
}

gboolean
cpt_suggest_entry_choose (CptSuggestEntry *self,
                          guint            position)
{
  CptSuggestion *suggestion;

  g_return_val_if_fail (CPT_IS_SUGGEST_ENTRY (self), FALSE);

  if (self->results == NULL || position >= self->results->len)
    return FALSE;

  suggestion = g_ptr_array_index (self->results, position);
  gtk_popover_popdown (GTK_POPOVER (self->popover));
  g_signal_emit (self, signals[SUGGESTION_CHOSEN], 0, suggestion->id);

  return TRUE;
}

static void
on_list_row_activated_cb (CptSuggestEntry *self,
                          GtkListBoxRow   *row)
{
  cpt_suggest_entry_choose (self, gtk_list_box_row_get_index (row));
  gtk_widget_grab_focus (self->entry);
}

static void
move_selection (CptSuggestEntry *self,
                int              delta)
{
  GtkListBoxRow *row = gtk_list_box_get_selected_row (GTK_LIST_BOX (self->list));
  int index = row != NULL ? gtk_list_box_row_get_index (row) + delta : 0;
  int n = self->results != NULL ? (int) self->results->len : 0;

  if (n == 0)
    return;

  index = CLAMP (index, 0, n - 1);
  row = gtk_list_box_get_row_at_index (GTK_LIST_BOX (self->list), index);
  gtk_list_box_select_row (GTK_LIST_BOX (self->list), row);
  gtk_widget_grab_focus (self->entry);
}

static gboolean
on_key_pressed_cb (CptSuggestEntry       *self,
                   guint                  keyval,
                   guint                  keycode,
                   GdkModifierType        state,
                   GtkEventControllerKey *controller)
{
  gboolean shown = gtk_widget_get_visible (self->popover);
  GtkListBoxRow *row;

  switch (keyval)
    {
    case GDK_KEY_Down:
    case GDK_KEY_KP_Down:
      if (!shown)
        {
          refresh (self);
          return TRUE;
        }
      move_selection (self, 1);
      return TRUE;

    case GDK_KEY_Up:
    case GDK_KEY_KP_Up:
      if (!shown)
        return FALSE;
      move_selection (self, -1);
      return TRUE;

    case GDK_KEY_Return:
    case GDK_KEY_KP_Enter:
    case GDK_KEY_ISO_Enter:
      if (!shown)
        return FALSE;
      row = gtk_list_box_get_selected_row (GTK_LIST_BOX (self->list));
      if (row == NULL)
        return FALSE;
      return cpt_suggest_entry_choose (self, gtk_list_box_row_get_index (row));

    case GDK_KEY_Escape:
      if (!shown)
        return FALSE;
      gtk_popover_popdown (GTK_POPOVER (self->popover));
      return TRUE;

    default:
      return FALSE;
    }
}

static void
on_focus_leave_cb (CptSuggestEntry *self)
{
  gtk_popover_popdown (GTK_POPOVER (self->popover));
}

static void
cpt_suggest_entry_measure (GtkWidget      *widget,
                           GtkOrientation  orientation,
                           int             for_size,
                           int            *minimum,
                           int            *natural,
                           int            *minimum_baseline,
                           int            *natural_baseline)
{
  CptSuggestEntry *self = CPT_SUGGEST_ENTRY (widget);

  gtk_widget_measure (self->entry, orientation, for_size,
                      minimum, natural, minimum_baseline, natural_baseline);
}

static void
cpt_suggest_entry_size_allocate (GtkWidget *widget,
                                 int        width,
                                 int        height,
                                 int        baseline)
{
  CptSuggestEntry *self = CPT_SUGGEST_ENTRY (widget);

  gtk_widget_allocate (self->entry, width, height, baseline, NULL);
  gtk_widget_set_size_request (self->popover, MAX (width, 280), -1);
  gtk_popover_present (GTK_POPOVER (self->popover));
}

static gboolean
cpt_suggest_entry_grab_focus (GtkWidget *widget)
{
  return gtk_widget_grab_focus (CPT_SUGGEST_ENTRY (widget)->entry);
}

static gboolean
cpt_suggest_entry_mnemonic_activate (GtkWidget *widget,
                                     gboolean   group_cycling)
{
  return gtk_widget_grab_focus (CPT_SUGGEST_ENTRY (widget)->entry);
}

static void
cpt_suggest_entry_dispose (GObject *object)
{
  CptSuggestEntry *self = CPT_SUGGEST_ENTRY (object);

  g_clear_pointer (&self->entry, gtk_widget_unparent);
  g_clear_pointer (&self->popover, gtk_widget_unparent);
  g_clear_pointer (&self->results, g_ptr_array_unref);
  if (self->func_destroy != NULL)
    g_clear_pointer (&self->func_data, self->func_destroy);

  G_OBJECT_CLASS (cpt_suggest_entry_parent_class)->dispose (object);
}

static void
cpt_suggest_entry_class_init (CptSuggestEntryClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = cpt_suggest_entry_dispose;
  widget_class->measure = cpt_suggest_entry_measure;
  widget_class->size_allocate = cpt_suggest_entry_size_allocate;
  widget_class->grab_focus = cpt_suggest_entry_grab_focus;
  widget_class->mnemonic_activate = cpt_suggest_entry_mnemonic_activate;

  /**
   * CptSuggestEntry::suggestion-chosen:
   * @id: the id of the proposal the user took
   */
  signals[SUGGESTION_CHOSEN] =
    g_signal_new ("suggestion-chosen",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_INT64);

  gtk_widget_class_set_css_name (widget_class, "cpt-suggest-entry");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
cpt_suggest_entry_init (CptSuggestEntry *self)
{
  GtkEventController *controller;
  GtkWidget *scroller;

  self->entry = gtk_entry_new ();
  gtk_widget_set_hexpand (self->entry, TRUE);
  gtk_widget_set_parent (self->entry, GTK_WIDGET (self));
  g_signal_connect_object (self->entry, "changed",
                           G_CALLBACK (on_entry_changed_cb), self, G_CONNECT_SWAPPED);

  controller = gtk_event_controller_key_new ();
  gtk_event_controller_set_propagation_phase (controller, GTK_PHASE_CAPTURE);
  g_signal_connect_object (controller, "key-pressed",
                           G_CALLBACK (on_key_pressed_cb), self, G_CONNECT_SWAPPED);
  gtk_widget_add_controller (self->entry, controller);

  controller = gtk_event_controller_focus_new ();
  g_signal_connect_object (controller, "leave",
                           G_CALLBACK (on_focus_leave_cb), self, G_CONNECT_SWAPPED);
  gtk_widget_add_controller (self->entry, controller);

  self->list = gtk_list_box_new ();
  gtk_list_box_set_selection_mode (GTK_LIST_BOX (self->list), GTK_SELECTION_SINGLE);
  gtk_widget_set_can_focus (self->list, FALSE);
  g_signal_connect_object (self->list, "row-activated",
                           G_CALLBACK (on_list_row_activated_cb), self, G_CONNECT_SWAPPED);

  scroller = gtk_scrolled_window_new ();
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scroller),
                                  GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_propagate_natural_height (GTK_SCROLLED_WINDOW (scroller), TRUE);
  gtk_scrolled_window_set_max_content_height (GTK_SCROLLED_WINDOW (scroller), 320);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroller), self->list);

  self->popover = gtk_popover_new ();
  gtk_popover_set_autohide (GTK_POPOVER (self->popover), FALSE);
  gtk_popover_set_has_arrow (GTK_POPOVER (self->popover), FALSE);
  gtk_popover_set_position (GTK_POPOVER (self->popover), GTK_POS_BOTTOM);
  gtk_widget_add_css_class (self->popover, "menu");
  gtk_popover_set_child (GTK_POPOVER (self->popover), scroller);
  gtk_widget_set_parent (self->popover, GTK_WIDGET (self));
}

GtkWidget *
cpt_suggest_entry_new (void)
{
  return g_object_new (CPT_TYPE_SUGGEST_ENTRY, NULL);
}

void
cpt_suggest_entry_set_func (CptSuggestEntry *self,
                            CptSuggestFunc   func,
                            gpointer         user_data,
                            GDestroyNotify   destroy)
{
  g_return_if_fail (CPT_IS_SUGGEST_ENTRY (self));

  if (self->func_destroy != NULL)
    g_clear_pointer (&self->func_data, self->func_destroy);

  self->func = func;
  self->func_data = user_data;
  self->func_destroy = destroy;
}

GtkEntry *
cpt_suggest_entry_get_entry (CptSuggestEntry *self)
{
  g_return_val_if_fail (CPT_IS_SUGGEST_ENTRY (self), NULL);

  return GTK_ENTRY (self->entry);
}

/* Shows a chosen value without searching for it again. */
void
cpt_suggest_entry_set_text (CptSuggestEntry *self,
                            const char      *text)
{
  g_return_if_fail (CPT_IS_SUGGEST_ENTRY (self));

  self->blocked++;
  gtk_editable_set_text (GTK_EDITABLE (self->entry), text != NULL ? text : "");
  gtk_editable_set_position (GTK_EDITABLE (self->entry), -1);
  self->blocked--;
}

guint
cpt_suggest_entry_get_n_results (CptSuggestEntry *self)
{
  g_return_val_if_fail (CPT_IS_SUGGEST_ENTRY (self), 0);

  return self->results != NULL ? self->results->len : 0;
}
