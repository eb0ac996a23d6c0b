/* cpt-address-editor.c
 *
 * Copyright 2026 The Comptoir authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "cpt-address-editor"

#include "config.h"

#include <glib/gi18n.h>

#include "cpt-address-editor.h"

/* The five fields of a postal address, laid out like an envelope. */

struct _CptAddressEditor
{
  GtkWidget  parent_instance;

  GtkWidget *grid;
  GtkWidget *street;
  GtkWidget *street2;
  GtkWidget *postcode;
  GtkWidget *city;
  GtkWidget *country;
};

G_DEFINE_FINAL_TYPE (CptAddressEditor, cpt_address_editor, GTK_TYPE_WIDGET)

enum {
  CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
on_entry_changed_cb (CptAddressEditor *self)
{
  g_signal_emit (self, signals[CHANGED], 0);
}

static GtkWidget *
add_entry (CptAddressEditor *self,
           const char       *label,
           int               column,
           int               row,
           int               width)
{
  GtkWidget *entry = gtk_entry_new ();

  gtk_entry_set_placeholder_text (GTK_ENTRY (entry), label);
  gtk_accessible_update_property (GTK_ACCESSIBLE (entry),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, label,
                                  -1);
  gtk_widget_set_hexpand (entry, TRUE);
  gtk_grid_attach (GTK_GRID (self->grid), entry, column, row, width, 1);
  g_signal_connect_object (entry, "changed",
                           G_CALLBACK (on_entry_changed_cb), self, G_CONNECT_SWAPPED);

  return entry;
}

static gboolean
cpt_address_editor_grab_focus (GtkWidget *widget)
{
  return gtk_widget_grab_focus (CPT_ADDRESS_EDITOR (widget)->street);
}

static gboolean
cpt_address_editor_mnemonic_activate (GtkWidget *widget,
                                      gboolean   group_cycling)
{
  return gtk_widget_grab_focus (CPT_ADDRESS_EDITOR (widget)->street);
}

static void
cpt_address_editor_dispose (GObject *object)
{
  CptAddressEditor *self = CPT_ADDRESS_EDITOR (object);

  g_clear_pointer (&self->grid, gtk_widget_unparent);

  G_OBJECT_CLASS (cpt_address_editor_parent_class)->dispose (object);
}

static void
cpt_address_editor_class_init (CptAddressEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = cpt_address_editor_dispose;
  widget_class->grab_focus = cpt_address_editor_grab_focus;
  widget_class->mnemonic_activate = cpt_address_editor_mnemonic_activate;

  signals[CHANGED] =
    g_signal_new ("changed",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 0);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "cpt-address-editor");
}

static void
cpt_address_editor_init (CptAddressEditor *self)
{
  self->grid = gtk_grid_new ();
  gtk_grid_set_row_spacing (GTK_GRID (self->grid), 6);
  gtk_grid_set_column_spacing (GTK_GRID (self->grid), 6);
  gtk_widget_set_parent (self->grid, GTK_WIDGET (self));

  self->street = add_entry (self, _("Street"), 0, 0, 2);
  self->street2 = add_entry (self, _("Additional address line"), 0, 1, 2);
  self->postcode = add_entry (self, _("Postcode"), 0, 2, 1);
  gtk_widget_set_hexpand (self->postcode, FALSE);
  gtk_editable_set_width_chars (GTK_EDITABLE (self->postcode), 7);
  self->city = add_entry (self, _("City"), 1, 2, 1);
  self->country = add_entry (self, _("Country"), 0, 3, 2);
}

GtkWidget *
cpt_address_editor_new (void)
{
  return g_object_new (CPT_TYPE_ADDRESS_EDITOR, NULL);
}

static const char *
text_of (GtkWidget *entry)
{
  return gtk_editable_get_text (GTK_EDITABLE (entry));
}

CptAddress *
cpt_address_editor_dup_address (CptAddressEditor *self)
{
  g_autofree char *street = NULL;
  g_autofree char *street2 = NULL;
  g_autofree char *postcode = NULL;
  g_autofree char *city = NULL;
  g_autofree char *country = NULL;

  g_return_val_if_fail (CPT_IS_ADDRESS_EDITOR (self), NULL);

  street = g_strstrip (g_strdup (text_of (self->street)));
  street2 = g_strstrip (g_strdup (text_of (self->street2)));
  postcode = g_strstrip (g_strdup (text_of (self->postcode)));
  city = g_strstrip (g_strdup (text_of (self->city)));
  country = g_strstrip (g_strdup (text_of (self->country)));

  return cpt_address_new (street, street2, postcode, city, country);
}

void
cpt_address_editor_set_address (CptAddressEditor *self,
                                const CptAddress *address)
{
  g_return_if_fail (CPT_IS_ADDRESS_EDITOR (self));

  gtk_editable_set_text (GTK_EDITABLE (self->street), address ? address->street : "");
  gtk_editable_set_text (GTK_EDITABLE (self->street2), address ? address->street2 : "");
  gtk_editable_set_text (GTK_EDITABLE (self->postcode), address ? address->postcode : "");
  gtk_editable_set_text (GTK_EDITABLE (self->city), address ? address->city : "");
  gtk_editable_set_text (GTK_EDITABLE (self->country), address ? address->country : "");
}
