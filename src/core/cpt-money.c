/* cpt-money.c
 *
 * Copyright 2026 The Comptoir authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "cpt-money"

#include "config.h"

#include <glib/gi18n.h>

#include "cpt-error.h"
#include "cpt-money.h"

#define NBSP "\xc2\xa0"         /* U+00A0, before € and % */
#define NNBSP "\xe2\x80\xaf"    /* U+202F, between digit groups */

typedef enum
{
  PARSE_OK,
  PARSE_EMPTY,
  PARSE_SYNTAX,
  PARSE_DECIMALS,
  PARSE_OVERFLOW,
} ParseResult;

typedef enum
{
  VALUE_MONEY,
  VALUE_QUANTITY,
  VALUE_PERCENT,
} ValueKind;

static const gint64 powers_of_ten[] = { 1, 10, 100, 1000, 10000 };

/* Returns the length of the space at @p that people type or paste
 * between digit groups (space, no-break space, narrow no-break space,
 * thin space), or 0. */
static gsize
space_length (const char *p)
{
  if (*p == ' ' || *p == '\t')
    return 1;
  if (g_str_has_prefix (p, NBSP))
    return 2;
  if (g_str_has_prefix (p, NNBSP) || g_str_has_prefix (p, "\xe2\x80\x89"))
    return 3;
  return 0;
}

static const char *
skip_spaces (const char *p)
{
  gsize len;

  while ((len = space_length (p)) > 0)
    p += len;
  return p;
}

/* Parses a signed decimal number into an integer scaled by 10^@decimals.
 * People (@human) may write `1 234,5 €`: spaces between groups of three
 * digits, a comma or a dot, spaces around, and the @unit after it.
 * Machines write `-1234.5`: nothing else. */
static ParseResult
parse_scaled (const char *text,
              guint       decimals,
              gboolean    human,
              const char *unit,
              gint64     *out)
{
  const char *p = text;
  gboolean negative = FALSE;
  guint64 magnitude = 0;
  guint n_int_digits = 0;
  guint n_dec_digits = 0;
  guint group_digits = 0;
  gboolean grouped = FALSE;
  gboolean too_large = FALSE;
  guint64 limit;

  g_assert (decimals < G_N_ELEMENTS (powers_of_ten));

  if (human)
    p = skip_spaces (p);
  if (*p == '\0')
    return PARSE_EMPTY;

  if (*p == '-')
    negative = TRUE, p++;
  else if (human && *p == '+')
    p++;
  else if (human && g_str_has_prefix (p, "\xe2\x88\x92")) /* U+2212 minus */
    negative = TRUE, p += 3;

  limit = negative ? (guint64) G_MAXINT64 + 1 : (guint64) G_MAXINT64;

  for (;;)
    {
      gsize len;

      if (g_ascii_isdigit (*p))
        {
          if (magnitude > (G_MAXUINT64 - 9) / 10)
            too_large = TRUE;
          else
            magnitude = magnitude * 10 + (guint64) (*p - '0');
          n_int_digits++;
          group_digits++;
          p++;
          continue;
        }

      len = human ? space_length (p) : 0;
      if (len > 0 && g_ascii_isdigit (p[len]))
        {
          /* A group separator: the first group has 1 to 3 digits, the
           * next ones exactly 3, so `12 34` is refused. */
          if (group_digits == 0 || group_digits > 3 ||
              (grouped && group_digits != 3))
            return PARSE_SYNTAX;
          grouped = TRUE;
          group_digits = 0;
          p += len;
          continue;
        }
      break;
    }

  if (grouped && group_digits != 3)
    return PARSE_SYNTAX;

  if (*p == '.' || (human && *p == ','))
    {
      p++;
      while (g_ascii_isdigit (*p))
        {
          if (n_dec_digits < decimals)
            {
              if (magnitude > (G_MAXUINT64 - 9) / 10)
                too_large = TRUE;
              else
                magnitude = magnitude * 10 + (guint64) (*p - '0');
            }
          n_dec_digits++;
          p++;
        }
      if (n_dec_digits == 0)
        return PARSE_SYNTAX;
      if (n_int_digits == 0 && !human)
        return PARSE_SYNTAX;
    }
  else if (n_int_digits == 0)
    return PARSE_SYNTAX;

  if (human)
    {
      p = skip_spaces (p);
      if (unit != NULL && g_str_has_prefix (p, unit))
        p = skip_spaces (p + strlen (unit));
    }
  if (*p != '\0')
    return PARSE_SYNTAX;
  if (n_dec_digits > decimals)
    return PARSE_DECIMALS;

  /* Scale what was read to 10^decimals and check it still fits in a
   * gint64 of the right sign. */
  for (guint i = MIN (n_dec_digits, decimals); i < decimals; i++)
    {
      if (magnitude > G_MAXUINT64 / 10)
        too_large = TRUE;
      else
        magnitude *= 10;
    }
  if (too_large || magnitude > limit)
    return PARSE_OVERFLOW;

  if (negative)
    *out = magnitude == (guint64) G_MAXINT64 + 1 ? G_MININT64 : -(gint64) magnitude;
  else
    *out = (gint64) magnitude;
  return PARSE_OK;
}

/* The user's text as it may appear in a message: valid UTF-8, trimmed,
 * and not so long that it hides the sentence. */
static char *
quotable (const char *text)
{
  g_autofree char *valid = g_utf8_make_valid (text, -1);
  char *stripped = g_strstrip (valid);

  if (g_utf8_strlen (stripped, -1) > 40)
    {
      g_autofree char *head = g_utf8_substring (stripped, 0, 39);
      return g_strconcat (head, "…", NULL);
    }
  return g_strdup (stripped);
}

/* Each sentence is a literal so that the compiler checks its format. */
static void
report (ParseResult   result,
        const char   *text,
        ValueKind     kind,
        GError      **error)
{
  g_autofree char *q = quotable (text);

  g_assert (result != PARSE_OK);

  switch (kind)
    {
    case VALUE_MONEY:
      if (result == PARSE_EMPTY)
        g_set_error (error, CPT_ERROR, CPT_ERROR_INVALID, _("The amount is empty."));
      else if (result == PARSE_DECIMALS)
        g_set_error (error, CPT_ERROR, CPT_ERROR_INVALID,
                     _("The amount “%s” has more than two decimals."), q);
      else if (result == PARSE_OVERFLOW)
        g_set_error (error, CPT_ERROR, CPT_ERROR_INVALID, _("The amount “%s” is too large."), q);
      else
        g_set_error (error, CPT_ERROR, CPT_ERROR_INVALID, _("“%s” is not a valid amount."), q);
      break;

    case VALUE_QUANTITY:
      if (result == PARSE_EMPTY)
        g_set_error (error, CPT_ERROR, CPT_ERROR_INVALID, _("The quantity is empty."));
      else if (result == PARSE_DECIMALS)
        g_set_error (error, CPT_ERROR, CPT_ERROR_INVALID,
                     _("The quantity “%s” has more than three decimals."), q);
      else if (result == PARSE_OVERFLOW)
        g_set_error (error, CPT_ERROR, CPT_ERROR_INVALID, _("The quantity “%s” is too large."), q);
      else
        g_set_error (error, CPT_ERROR, CPT_ERROR_INVALID, _("“%s” is not a valid quantity."), q);
      break;

    case VALUE_PERCENT:
      if (result == PARSE_EMPTY)
        g_set_error (error, CPT_ERROR, CPT_ERROR_INVALID, _("The percentage is empty."));
      else if (result == PARSE_DECIMALS)
        g_set_error (error, CPT_ERROR, CPT_ERROR_INVALID,
                     _("The percentage “%s” has more than two decimals."), q);
      else if (result == PARSE_OVERFLOW)
        g_set_error (error, CPT_ERROR, CPT_ERROR_INVALID,
                     _("The percentage “%s” is too large."), q);
      else
        g_set_error (error, CPT_ERROR, CPT_ERROR_INVALID,
                     _("“%s” is not a valid percentage."), q);
      break;

    default:
      g_assert_not_reached ();
    }
}

static gboolean
parse_checked (const char           *text,
               guint                 decimals,
               gboolean              human,
               const char           *unit,
               ValueKind             kind,
               gint64                min,
               gint64                max,
               gint64               *out,
               GError              **error)
{
  ParseResult result;
  gint64 value = 0;

  if (text == NULL)
    text = "";

  result = parse_scaled (text, decimals, human, unit, &value);
  if (result == PARSE_OK && (value < min || value > max))
    result = PARSE_OVERFLOW;
  if (result != PARSE_OK)
    {
      report (result, text, kind, error);
      return FALSE;
    }

  if (out != NULL)
    *out = value;
  return TRUE;
}

/* Writes @value / 10^@decimals. People get `-1 234,5`: digit groups
 * separated by U+202F and a decimal comma; machines get `-1234.5`.
 * With @trim, trailing zeros of the fraction go, and the comma with
 * them when nothing is left. */
static char *
format_scaled (gint64      value,
               guint       decimals,
               gboolean    human,
               gboolean    trim,
               const char *suffix)
{
  GString *str = g_string_new (NULL);
  guint64 magnitude;
  guint64 int_part;
  guint64 frac_part;
  char digits[32];
  gsize n_digits;
  char frac[8];

  g_assert (decimals < G_N_ELEMENTS (powers_of_ten));

  /* -(G_MININT64) does not fit in a gint64, so go through guint64. */
  magnitude = value < 0 ? (guint64) (-(value + 1)) + 1 : (guint64) value;
  int_part = magnitude / (guint64) powers_of_ten[decimals];
  frac_part = magnitude % (guint64) powers_of_ten[decimals];

  if (value < 0)
    g_string_append_c (str, '-');

  n_digits = g_snprintf (digits, sizeof digits, "%" G_GUINT64_FORMAT, int_part);
  for (gsize i = 0; i < n_digits; i++)
    {
      if (human && i > 0 && (n_digits - i) % 3 == 0)
        g_string_append (str, NNBSP);
      g_string_append_c (str, digits[i]);
    }

  if (decimals > 0)
    {
      gsize len;

      g_snprintf (frac, sizeof frac, "%0*" G_GUINT64_FORMAT, (int) decimals, frac_part);
      len = decimals;
      if (trim)
        while (len > 0 && frac[len - 1] == '0')
          len--;
      if (len > 0)
        {
          g_string_append_c (str, human ? ',' : '.');
          g_string_append_len (str, frac, len);
        }
    }

  if (suffix != NULL)
    g_string_append (str, suffix);

  return g_string_free (str, FALSE);
}

/**
 * cpt_money_parse:
 * @text: what the user typed: `1234,5`, `1 234,50`, `1234.50`, `1 234,50 €`, `-3`
 * @cents: (out) (optional): the amount in cents
 * @error: CPT_ERROR_INVALID when @text is not an amount of at most two decimals
 */
gboolean
cpt_money_parse (const char  *text,
                 gint64      *cents,
                 GError     **error)
{
  return parse_checked (text, 2, TRUE, "€", VALUE_MONEY,
                        G_MININT64, G_MAXINT64, cents, error);
}

/* `1 234,56 €`, `-0,05 €`. */
char *
cpt_money_format (gint64 cents)
{
  return format_scaled (cents, 2, TRUE, FALSE, NBSP "€");
}

/* `1 234,56`: for table cells whose header says the currency. */
char *
cpt_money_format_plain (gint64 cents)
{
  return format_scaled (cents, 2, TRUE, FALSE, NULL);
}

/* `1234.56`, `-0.05`: JSON, CSV. */
char *
cpt_money_to_decimal (gint64 cents)
{
  return format_scaled (cents, 2, FALSE, FALSE, NULL);
}

gboolean
cpt_money_from_decimal (const char  *text,
                        gint64      *cents,
                        GError     **error)
{
  return parse_checked (text, 2, FALSE, NULL, VALUE_MONEY,
                        G_MININT64, G_MAXINT64, cents, error);
}

gboolean
cpt_quantity_parse (const char  *text,
                    gint64      *thousandths,
                    GError     **error)
{
  return parse_checked (text, 3, TRUE, NULL, VALUE_QUANTITY,
                        G_MININT64, G_MAXINT64, thousandths, error);
}

/* `1,5`, `2`, `0,125`. */
char *
cpt_quantity_format (gint64 thousandths)
{
  return format_scaled (thousandths, 3, TRUE, TRUE, NULL);
}

/* `1.5`, `2`, `0.125`. */
char *
cpt_quantity_to_decimal (gint64 thousandths)
{
  return format_scaled (thousandths, 3, FALSE, TRUE, NULL);
}

gboolean
cpt_quantity_from_decimal (const char  *text,
                           gint64      *thousandths,
                           GError     **error)
{
  return parse_checked (text, 3, FALSE, NULL, VALUE_QUANTITY,
                        G_MININT64, G_MAXINT64, thousandths, error);
}

gboolean
cpt_percent_parse (const char  *text,
                   gint32      *basis_points,
                   GError     **error)
{
  gint64 value = 0;

  if (!parse_checked (text, 2, TRUE, "%", VALUE_PERCENT,
                      G_MININT32, G_MAXINT32, &value, error))
    return FALSE;
  if (basis_points != NULL)
    *basis_points = (gint32) value;
  return TRUE;
}

/* `5,5 %`, `20 %`. */
char *
cpt_percent_format (gint32 basis_points)
{
  return format_scaled (basis_points, 2, TRUE, TRUE, NBSP "%");
}

/* `5.5`, `20`. */
char *
cpt_percent_to_decimal (gint32 basis_points)
{
  return format_scaled (basis_points, 2, FALSE, TRUE, NULL);
}

gboolean
cpt_percent_from_decimal (const char  *text,
                          gint32      *basis_points,
                          GError     **error)
{
  gint64 value = 0;

  if (!parse_checked (text, 2, FALSE, NULL, VALUE_PERCENT,
                      G_MININT32, G_MAXINT32, &value, error))
    return FALSE;
  if (basis_points != NULL)
    *basis_points = (gint32) value;
  return TRUE;
}

gboolean
cpt_money_add (gint64  a,
               gint64  b,
               gint64 *out)
{
  gint64 result;

  g_return_val_if_fail (out != NULL, FALSE);

  if (__builtin_add_overflow (a, b, &result))
    return FALSE;
  *out = result;
  return TRUE;
}

gboolean
cpt_money_sub (gint64  a,
               gint64  b,
               gint64 *out)
{
  gint64 result;

  g_return_val_if_fail (out != NULL, FALSE);

  if (__builtin_sub_overflow (a, b, &result))
    return FALSE;
  *out = result;
  return TRUE;
}

gboolean
cpt_money_mul (gint64  a,
               gint64  b,
               gint64 *out)
{
  gint64 result;

  g_return_val_if_fail (out != NULL, FALSE);

  if (__builtin_mul_overflow (a, b, &result))
    return FALSE;
  *out = result;
  return TRUE;
}

gint64
cpt_round_div (gint64 num,
               gint64 den)
{
  __int128 n = num;
  __int128 d = den;
  __int128 q;
  __int128 r;

  g_return_val_if_fail (den != 0, 0);
  g_return_val_if_fail (num != G_MININT64 || den != -1, 0);

  if (d < 0)
    n = -n, d = -d;
  q = n / d;
  r = n % d;
  /* C division truncates toward zero; step away from zero when the
   * remainder is at least half the divisor. */
  if (2 * (r < 0 ? -r : r) >= d)
    q += n < 0 ? -1 : 1;
  return (gint64) q;
}
