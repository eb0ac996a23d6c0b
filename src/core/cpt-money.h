/* cpt-money.h
 *
 * Copyright 2026 The Comptoir authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Money is a gint64 of cents, a quantity a gint64 of thousandths and a
 * percentage (discount, VAT rate) a gint32 of basis points: 2000 = 20 %.
 *
 * The _parse/_format functions speak French to people: `1 234,56 €`,
 * `1,5`, `5,5 %`. The _to_decimal/_from_decimal functions speak to
 * machines (JSON, CSV): `1234.56`, `1.5`, `5.5`. None of them depends on
 * the C library locale. Parsers fill CPT_ERROR_INVALID with a translated
 * sentence that quotes the text. */

#define CPT_QUANTITY_ONE 1000
#define CPT_PERCENT_HUNDRED 10000

gboolean  cpt_money_parse            (const char  *text,
                                      gint64      *cents,
                                      GError     **error);
char     *cpt_money_format           (gint64       cents);
char     *cpt_money_format_plain     (gint64       cents);
char     *cpt_money_to_decimal       (gint64       cents);
gboolean  cpt_money_from_decimal     (const char  *text,
                                      gint64      *cents,
                                      GError     **error);

gboolean  cpt_quantity_parse         (const char  *text,
                                      gint64      *thousandths,
                                      GError     **error);
char     *cpt_quantity_format        (gint64       thousandths);
char     *cpt_quantity_to_decimal    (gint64       thousandths);
gboolean  cpt_quantity_from_decimal  (const char  *text,
                                      gint64      *thousandths,
                                      GError     **error);

gboolean  cpt_percent_parse          (const char  *text,
                                      gint32      *basis_points,
                                      GError     **error);
char     *cpt_percent_format         (gint32       basis_points);
char     *cpt_percent_to_decimal     (gint32       basis_points);
gboolean  cpt_percent_from_decimal   (const char  *text,
                                      gint32      *basis_points,
                                      GError     **error);

/* Checked arithmetic: FALSE on overflow, and *out is left untouched. */
gboolean  cpt_money_add              (gint64       a,
                                      gint64       b,
                                      gint64      *out);
gboolean  cpt_money_sub              (gint64       a,
                                      gint64       b,
                                      gint64      *out);
gboolean  cpt_money_mul              (gint64       a,
                                      gint64       b,
                                      gint64      *out);

/* num / den rounded half away from zero (2.5 → 3, -2.5 → -3). den must not
 * be 0, nor -1 with num G_MININT64 (the only quotient that does not fit). */
gint64    cpt_round_div              (gint64       num,
                                      gint64       den);

G_END_DECLS
