/* test-customer-form.c
 *
 * Copyright 2026 The Comptoir authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "cpt-customer-form.h"
#include "forms-test.h"

static gint64 saved_id;

static void
on_saved_cb (CptCustomerForm *form,
             gint64           id)
{
  saved_id = id;
}

/* The form's rows, found by their accessible titles would be brittle: the
 * test walks the widget tree for the n-th AdwEntryRow instead. */
static GtkEditable *
nth_entry_row (GtkWidget *widget,
               guint     *n)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkEditable *found;

      if (ADW_IS_ENTRY_ROW (child) && (*n)-- == 0)
        return GTK_EDITABLE (child);
      found = nth_entry_row (child, n);
      if (found != NULL)
        return found;
    }

  return NULL;
}

static GtkEditable *
entry_row (CptCustomerForm *form,
           guint            n)
{
  return nth_entry_row (GTK_WIDGET (form), &n);
}

static GtkEditable *
nth_entry (GtkWidget *widget,
           guint     *n)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkEditable *found;

      if (GTK_IS_ENTRY (child) && gtk_widget_is_visible (child) && (*n)-- == 0)
        return GTK_EDITABLE (child);
      found = nth_entry (child, n);
      if (found != NULL)
        return found;
    }

  return NULL;
}

static void
test_create_customer (void)
{
  g_autoptr(CptDatabase) db = forms_test_open_db ();
  CptCustomerForm *form;
  g_autofree char *city = NULL;
  guint n;

  form = cpt_customer_form_new (forms_test_parent (), db, 0);
  g_signal_connect (form, "saved", G_CALLBACK (on_saved_cb), NULL);
  gtk_window_present (GTK_WINDOW (form));
  forms_test_screenshot (GTK_WIDGET (form), "customer-form-empty");

  /* No name: refused, nothing written. */
  gtk_widget_activate_action (GTK_WIDGET (form), "customer.save", NULL);
  g_assert_cmpint (forms_test_query_int (db, "SELECT count(*) FROM customers"), ==, 0);

  gtk_editable_set_text (entry_row (form, 0), "Boulangerie Dupont");
  gtk_editable_set_text (entry_row (form, 3), "pas-une-adresse");
  gtk_widget_activate_action (GTK_WIDGET (form), "customer.save", NULL);
  g_assert_cmpint (forms_test_query_int (db, "SELECT count(*) FROM customers"), ==, 0);
  forms_test_screenshot (GTK_WIDGET (form), "customer-form-error");

  gtk_editable_set_text (entry_row (form, 2), "Marie Dupont");
  gtk_editable_set_text (entry_row (form, 3), "marie@boulangerie-dupont.fr");
  gtk_editable_set_text (entry_row (form, 4), "01 23 45 67 89");
  gtk_editable_set_text (entry_row (form, 5), "732 829 320");
  /* Billing address: street, line 2, postcode, city, country. */
  n = 0;
  gtk_editable_set_text (nth_entry (GTK_WIDGET (form), &n), "12 rue de la Paix");
  n = 2;
  gtk_editable_set_text (nth_entry (GTK_WIDGET (form), &n), "75002");
  n = 3;
  gtk_editable_set_text (nth_entry (GTK_WIDGET (form), &n), "Paris");
  forms_test_screenshot (GTK_WIDGET (form), "customer-form-filled");

  gtk_widget_activate_action (GTK_WIDGET (form), "customer.save", NULL);
  forms_test_spin (20);

  g_assert_cmpint (saved_id, >, 0);
  g_assert_cmpint (forms_test_query_int (db, "SELECT count(*) FROM customers"), ==, 1);
  city = forms_test_query_text (db, "SELECT shipping_city FROM customers");
  /* « identique à la facturation » was on. */
  g_assert_cmpstr (city, ==, "Paris");
}

int
main (int   argc,
      char *argv[])
{
  forms_test_init (&argc, &argv);

  g_test_add_func ("/customer-form/create", test_create_customer);

  return g_test_run ();
}
