/* test-address.c
 *
 * Copyright 2026 The Comptoir authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "cpt-address.h"

static void
test_format (void)
{
  g_autoptr(CptAddress) paris = cpt_address_new ("12 rue de l'Église ", "Bâtiment B", "75011",
                                                 "Paris", "France");
  g_autoptr(CptAddress) geneve = cpt_address_new ("3 quai du Mont-Blanc", NULL, "1201",
                                                  "Genève", "Suisse");
  g_autofree char *lines = cpt_address_format (paris);
  g_autofree char *one = cpt_address_format_one_line (paris);
  g_autofree char *abroad = cpt_address_format (geneve);

  g_assert_cmpstr (lines, ==, "12 rue de l'Église\nBâtiment B\n75011 Paris");
  g_assert_cmpstr (one, ==, "12 rue de l'Église, Bâtiment B, 75011 Paris");
  g_assert_cmpstr (abroad, ==, "3 quai du Mont-Blanc\n1201 Genève\nSuisse");
  g_assert_cmpstr (geneve->street2, ==, "");
}

static void
test_equal (void)
{
  g_autoptr(CptAddress) a = cpt_address_new ("1 place Bellecour", "", "69002", "Lyon", "France");
  g_autoptr(CptAddress) b = cpt_address_new (" 1 place Bellecour", NULL, "69002", "Lyon ", "");
  g_autoptr(CptAddress) c = NULL;
  g_autoptr(CptAddress) empty = cpt_address_new (NULL, NULL, NULL, NULL, NULL);

  g_assert_true (cpt_address_equal (a, b));
  c = cpt_address_copy (a);
  g_assert_true (cpt_address_equal (a, c));
  cpt_address_set (c, c->street, c->street2, "69003", c->city, c->country);
  g_assert_false (cpt_address_equal (a, c));
  g_assert_false (cpt_address_equal (a, NULL));
  g_assert_true (cpt_address_is_empty (empty));
  g_assert_false (cpt_address_is_empty (a));
  g_assert_true (G_TYPE_IS_BOXED (CPT_TYPE_ADDRESS));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/address/format", test_format);
  g_test_add_func ("/address/equal", test_equal);

  return g_test_run ();
}
