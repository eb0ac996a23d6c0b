/* test-money.c
 *
 * Copyright 2026 The Comptoir authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "cpt-error.h"
#include "cpt-money.h"

#define NBSP "\xc2\xa0"
#define NNBSP "\xe2\x80\xaf"

typedef struct
{
  const char *text;
  gint64      value;
} Good;

static void
test_money_parse_good (void)
{
  static const Good cases[] = {
    { "0", 0 },
    { "3", 300 },
    { "-3", -300 },
    { "+3", 300 },
    { "1234,5", 123450 },
    { "1234,50", 123450 },
    { "1234.50", 123450 },
    { "1234.5", 123450 },
    { "1 234,50", 123450 },
    { "1" NBSP "234,50", 123450 },
    { "1" NNBSP "234,50", 123450 },
    { "1 234,50 €", 123450 },
    { "1" NNBSP "234,56" NBSP "€", 123456 },
    { "1234,56€", 123456 },
    { "  19,99  ", 1999 },
    { "-1 234,56 €", -123456 },
    { "\xe2\x88\x92" "5,10", -510 },
    { "0,05", 5 },
    { ",5", 50 },
    { "1 000 000", 100000000 },
    { "12 345 678,90", 1234567890 },
    { "007", 700 },
    { "92233720368547758,07", G_MAXINT64 },
    { "-92233720368547758,08", G_MININT64 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      gint64 cents = -42;

      g_test_message ("parsing “%s”", cases[i].text);
      g_assert_true (cpt_money_parse (cases[i].text, &cents, &error));
      g_assert_no_error (error);
      g_assert_cmpint (cents, ==, cases[i].value);
    }
}

typedef struct
{
  const char *text;
  const char *message;
} Bad;

static void
check_bad (gboolean    (*parse) (const char *, gint64 *, GError **),
           const Bad   *cases,
           guint        n_cases)
{
  for (guint i = 0; i < n_cases; i++)
    {
      g_autoptr(GError) error = NULL;
      gint64 value = 4242;

      g_test_message ("refusing “%s”", cases[i].text ? cases[i].text : "(null)");
      g_assert_false (parse (cases[i].text, &value, &error));
      g_assert_error (error, CPT_ERROR, CPT_ERROR_INVALID);
      g_assert_cmpstr (error->message, ==, cases[i].message);
      g_assert_cmpint (value, ==, 4242);
    }
}

static void
test_money_parse_bad (void)
{
  static const Bad cases[] = {
    { "", "The amount is empty." },
    { "   ", "The amount is empty." },
    { NULL, "The amount is empty." },
    { "abc", "“abc” is not a valid amount." },
    { "12,345", "The amount “12,345” has more than two decimals." },
    { "0,001", "The amount “0,001” has more than two decimals." },
    { "1.234,50", "“1.234,50” is not a valid amount." },
    { "1,234.50", "“1,234.50” is not a valid amount." },
    { "12 34", "“12 34” is not a valid amount." },
    { "1234 567", "“1234 567” is not a valid amount." },
    { "1 2345", "“1 2345” is not a valid amount." },
    { "12,", "“12,” is not a valid amount." },
    { "-", "“-” is not a valid amount." },
    { "- 3", "“- 3” is not a valid amount." },
    { "--3", "“--3” is not a valid amount." },
    { "3 € 50", "“3 € 50” is not a valid amount." },
    { "€ 3", "“€ 3” is not a valid amount." },
    { "3 $", "“3 $” is not a valid amount." },
    { "1e3", "“1e3” is not a valid amount." },
    { "0x10", "“0x10” is not a valid amount." },
    { "  12a  ", "“12a” is not a valid amount." },
    { "92233720368547758,08", "The amount “92233720368547758,08” is too large." },
    { "-92233720368547758,09", "The amount “-92233720368547758,09” is too large." },
    { "99999999999999999999999999", "The amount “99999999999999999999999999” is too large." },
    { "1,99999999999999999999999", "The amount “1,99999999999999999999999” has more than two decimals." },
    { "abcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyz",
      "“abcdefghijklmnopqrstuvwxyzabcdefghijklm…” is not a valid amount." },
  };

  check_bad (cpt_money_parse, cases, G_N_ELEMENTS (cases));
}

static void
test_money_parse_invalid_utf8 (void)
{
  g_autoptr(GError) error = NULL;
  gint64 cents = 0;

  g_assert_false (cpt_money_parse ("12\xff", &cents, &error));
  g_assert_error (error, CPT_ERROR, CPT_ERROR_INVALID);
  g_assert_true (g_utf8_validate (error->message, -1, NULL));
  g_assert_cmpstr (error->message, ==, "“12\xef\xbf\xbd” is not a valid amount.");
}

typedef struct
{
  gint64      value;
  const char *text;
} Formatted;

static void
test_money_format (void)
{
  static const Formatted cases[] = {
    { 0, "0,00" NBSP "€" },
    { 5, "0,05" NBSP "€" },
    { -5, "-0,05" NBSP "€" },
    { 100, "1,00" NBSP "€" },
    { 1999, "19,99" NBSP "€" },
    { 99999, "999,99" NBSP "€" },
    { 100000, "1" NNBSP "000,00" NBSP "€" },
    { 123456, "1" NNBSP "234,56" NBSP "€" },
    { -123456, "-1" NNBSP "234,56" NBSP "€" },
    { 123456789, "1" NNBSP "234" NNBSP "567,89" NBSP "€" },
    { G_MAXINT64, "92" NNBSP "233" NNBSP "720" NNBSP "368" NNBSP "547" NNBSP "758,07" NBSP "€" },
    { G_MININT64, "-92" NNBSP "233" NNBSP "720" NNBSP "368" NNBSP "547" NNBSP "758,08" NBSP "€" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *text = cpt_money_format (cases[i].value);
      g_autofree char *plain = cpt_money_format_plain (cases[i].value);
      g_autofree char *expected_plain = g_strndup (cases[i].text,
                                                   strlen (cases[i].text) - strlen (NBSP "€"));
      gint64 back = 0;

      g_assert_cmpstr (text, ==, cases[i].text);
      g_assert_cmpstr (plain, ==, expected_plain);
      /* What we print, we read back. */
      g_assert_true (cpt_money_parse (text, &back, NULL));
      g_assert_cmpint (back, ==, cases[i].value);
    }
}

static void
test_money_decimal (void)
{
  static const Formatted cases[] = {
    { 0, "0.00" },
    { 5, "0.05" },
    { -5, "-0.05" },
    { 1999, "19.99" },
    { 123456, "1234.56" },
    { 123450, "1234.50" },
    { -100000000, "-1000000.00" },
    { G_MAXINT64, "92233720368547758.07" },
    { G_MININT64, "-92233720368547758.08" },
  };
  static const Good more[] = {
    { "19.9", 1990 },
    { "19", 1900 },
    { "-0", 0 },
    { "0.1", 10 },
  };
  static const Bad bad[] = {
    { "", "The amount is empty." },
    { "19,99", "“19,99” is not a valid amount." },
    { "1 234.56", "“1 234.56” is not a valid amount." },
    { " 12.00", "“12.00” is not a valid amount." },
    { "12.00 ", "“12.00” is not a valid amount." },
    { "+12", "“+12” is not a valid amount." },
    { ".5", "“.5” is not a valid amount." },
    { "5.", "“5.” is not a valid amount." },
    { "12 €", "“12 €” is not a valid amount." },
    { "1.999", "The amount “1.999” has more than two decimals." },
    { "92233720368547758.08", "The amount “92233720368547758.08” is too large." },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *text = cpt_money_to_decimal (cases[i].value);
      gint64 back = 0;

      g_assert_cmpstr (text, ==, cases[i].text);
      g_assert_true (cpt_money_from_decimal (text, &back, NULL));
      g_assert_cmpint (back, ==, cases[i].value);
    }
  for (guint i = 0; i < G_N_ELEMENTS (more); i++)
    {
      gint64 cents = 0;

      g_assert_true (cpt_money_from_decimal (more[i].text, &cents, NULL));
      g_assert_cmpint (cents, ==, more[i].value);
    }
  check_bad (cpt_money_from_decimal, bad, G_N_ELEMENTS (bad));
}

static void
test_quantity (void)
{
  static const Good good[] = {
    { "1", 1000 },
    { "1,5", 1500 },
    { "1.5", 1500 },
    { "0,125", 125 },
    { "0,001", 1 },
    { "2,25", 2250 },
    { "1 000", 1000000 },
    { "-2", -2000 },
  };
  static const Bad bad[] = {
    { "", "The quantity is empty." },
    { "1,2345", "The quantity “1,2345” has more than three decimals." },
    { "0,0001", "The quantity “0,0001” has more than three decimals." },
    { "deux", "“deux” is not a valid quantity." },
    { "2 €", "“2 €” is not a valid quantity." },
    { "9223372036854776", "The quantity “9223372036854776” is too large." },
  };
  static const Formatted formatted[] = {
    { 1500, "1,5" },
    { 2000, "2" },
    { 125, "0,125" },
    { 1, "0,001" },
    { 10, "0,01" },
    { 0, "0" },
    { -1500, "-1,5" },
    { 1234500, "1" NNBSP "234,5" },
  };
  static const Formatted decimal[] = {
    { 1500, "1.5" },
    { 2000, "2" },
    { 125, "0.125" },
    { -250, "-0.25" },
    { 1234500, "1234.5" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (good); i++)
    {
      gint64 q = 0;

      g_assert_true (cpt_quantity_parse (good[i].text, &q, NULL));
      g_assert_cmpint (q, ==, good[i].value);
    }
  check_bad (cpt_quantity_parse, bad, G_N_ELEMENTS (bad));

  for (guint i = 0; i < G_N_ELEMENTS (formatted); i++)
    {
      g_autofree char *text = cpt_quantity_format (formatted[i].value);
      gint64 back = 0;

      g_assert_cmpstr (text, ==, formatted[i].text);
      g_assert_true (cpt_quantity_parse (text, &back, NULL));
      g_assert_cmpint (back, ==, formatted[i].value);
    }
  for (guint i = 0; i < G_N_ELEMENTS (decimal); i++)
    {
      g_autofree char *text = cpt_quantity_to_decimal (decimal[i].value);
      gint64 back = 0;

      g_assert_cmpstr (text, ==, decimal[i].text);
      g_assert_true (cpt_quantity_from_decimal (text, &back, NULL));
      g_assert_cmpint (back, ==, decimal[i].value);
    }
}

static void
test_quantity_from_decimal_bad (void)
{
  static const Bad bad[] = {
    { "1,5", "“1,5” is not a valid quantity." },
    { "1.2345", "The quantity “1.2345” has more than three decimals." },
  };

  check_bad (cpt_quantity_from_decimal, bad, G_N_ELEMENTS (bad));
}

static gboolean
percent_parse64 (const char *text, gint64 *out, GError **error)
{
  gint32 bp = (gint32) *out;
  gboolean ok = cpt_percent_parse (text, &bp, error);

  *out = bp;
  return ok;
}

static gboolean
percent_from_decimal64 (const char *text, gint64 *out, GError **error)
{
  gint32 bp = (gint32) *out;
  gboolean ok = cpt_percent_from_decimal (text, &bp, error);

  *out = bp;
  return ok;
}

static void
test_percent (void)
{
  static const Good good[] = {
    { "20", 2000 },
    { "5,5", 550 },
    { "5.5", 550 },
    { "5,5 %", 550 },
    { "5,5" NBSP "%", 550 },
    { "2,1%", 210 },
    { "100", 10000 },
    { "0", 0 },
    { "12,25", 1225 },
  };
  static const Bad bad[] = {
    { "", "The percentage is empty." },
    { "5,555", "The percentage “5,555” has more than two decimals." },
    { "cinq", "“cinq” is not a valid percentage." },
    { "5 €", "“5 €” is not a valid percentage." },
    { "21474837", "The percentage “21474837” is too large." },
  };
  static const Bad bad_decimal[] = {
    { "5,5", "“5,5” is not a valid percentage." },
    { "5.5 %", "“5.5 %” is not a valid percentage." },
  };
  static const Formatted formatted[] = {
    { 2000, "20" NBSP "%" },
    { 550, "5,5" NBSP "%" },
    { 210, "2,1" NBSP "%" },
    { 1225, "12,25" NBSP "%" },
    { 0, "0" NBSP "%" },
    { 10000, "100" NBSP "%" },
  };
  static const Formatted decimal[] = {
    { 2000, "20" },
    { 550, "5.5" },
    { 1225, "12.25" },
    { 0, "0" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (good); i++)
    {
      gint32 bp = 0;

      g_assert_true (cpt_percent_parse (good[i].text, &bp, NULL));
      g_assert_cmpint (bp, ==, good[i].value);
    }
  check_bad (percent_parse64, bad, G_N_ELEMENTS (bad));
  check_bad (percent_from_decimal64, bad_decimal, G_N_ELEMENTS (bad_decimal));

  for (guint i = 0; i < G_N_ELEMENTS (formatted); i++)
    {
      g_autofree char *text = cpt_percent_format ((gint32) formatted[i].value);
      gint32 back = 0;

      g_assert_cmpstr (text, ==, formatted[i].text);
      g_assert_true (cpt_percent_parse (text, &back, NULL));
      g_assert_cmpint (back, ==, formatted[i].value);
    }
  for (guint i = 0; i < G_N_ELEMENTS (decimal); i++)
    {
      g_autofree char *text = cpt_percent_to_decimal ((gint32) decimal[i].value);
      gint32 back = 0;

      g_assert_cmpstr (text, ==, decimal[i].text);
      g_assert_true (cpt_percent_from_decimal (text, &back, NULL));
      g_assert_cmpint (back, ==, decimal[i].value);
    }
}

static void
test_arithmetic (void)
{
  gint64 out = 7;

  g_assert_true (cpt_money_add (1999, 1, &out));
  g_assert_cmpint (out, ==, 2000);
  g_assert_true (cpt_money_add (-500, 200, &out));
  g_assert_cmpint (out, ==, -300);
  out = 7;
  g_assert_false (cpt_money_add (G_MAXINT64, 1, &out));
  g_assert_cmpint (out, ==, 7);
  g_assert_false (cpt_money_add (G_MININT64, -1, &out));
  g_assert_true (cpt_money_add (G_MAXINT64, G_MININT64, &out));
  g_assert_cmpint (out, ==, -1);

  g_assert_true (cpt_money_sub (1000, 1999, &out));
  g_assert_cmpint (out, ==, -999);
  g_assert_false (cpt_money_sub (G_MININT64, 1, &out));
  g_assert_false (cpt_money_sub (0, G_MININT64, &out));

  g_assert_true (cpt_money_mul (1999, 3, &out));
  g_assert_cmpint (out, ==, 5997);
  g_assert_true (cpt_money_mul (-1999, 3, &out));
  g_assert_cmpint (out, ==, -5997);
  out = 7;
  g_assert_false (cpt_money_mul (G_MAXINT64 / 2 + 1, 2, &out));
  g_assert_cmpint (out, ==, 7);
  g_assert_false (cpt_money_mul (G_MININT64, -1, &out));
  g_assert_false (cpt_money_mul (4294967296, 4294967296, &out));
}

static void
test_round_div (void)
{
  g_assert_cmpint (cpt_round_div (5, 2), ==, 3);
  g_assert_cmpint (cpt_round_div (-5, 2), ==, -3);
  g_assert_cmpint (cpt_round_div (5, -2), ==, -3);
  g_assert_cmpint (cpt_round_div (-5, -2), ==, 3);
  g_assert_cmpint (cpt_round_div (4, 3), ==, 1);
  g_assert_cmpint (cpt_round_div (5, 3), ==, 2);
  g_assert_cmpint (cpt_round_div (-4, 3), ==, -1);
  g_assert_cmpint (cpt_round_div (-5, 3), ==, -2);
  g_assert_cmpint (cpt_round_div (0, 7), ==, 0);
  g_assert_cmpint (cpt_round_div (29985, 10), ==, 2999);
  g_assert_cmpint (cpt_round_div (-29985, 10), ==, -2999);
  g_assert_cmpint (cpt_round_div (29984, 10), ==, 2998);
  g_assert_cmpint (cpt_round_div (G_MAXINT64, 1), ==, G_MAXINT64);
  g_assert_cmpint (cpt_round_div (G_MININT64, 1), ==, G_MININT64);
  g_assert_cmpint (cpt_round_div (G_MAXINT64, G_MAXINT64), ==, 1);
  g_assert_cmpint (cpt_round_div (G_MININT64, 2), ==, G_MININT64 / 2);
  g_assert_cmpint (cpt_round_div (G_MAXINT64, 2), ==, G_MAXINT64 / 2 + 1);
  g_assert_cmpint (cpt_round_div (G_MININT64 + 1, 2), ==, G_MININT64 / 2);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/money/parse/good", test_money_parse_good);
  g_test_add_func ("/money/parse/bad", test_money_parse_bad);
  g_test_add_func ("/money/parse/invalid-utf8", test_money_parse_invalid_utf8);
  g_test_add_func ("/money/format", test_money_format);
  g_test_add_func ("/money/decimal", test_money_decimal);
  g_test_add_func ("/quantity/parse-format", test_quantity);
  g_test_add_func ("/quantity/from-decimal/bad", test_quantity_from_decimal_bad);
  g_test_add_func ("/percent/parse-format", test_percent);
  g_test_add_func ("/money/arithmetic", test_arithmetic);
  g_test_add_func ("/money/round-div", test_round_div);

  return g_test_run ();
}
