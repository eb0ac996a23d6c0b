/* cpt-numbering.c
 *
 * Copyright 2026 The Comptoir authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "cpt-numbering"

#include "config.h"

#include <glib/gi18n.h>

#include "cpt-date.h"
#include "cpt-error.h"
#include "cpt-numbering.h"

typedef enum
{
  TOKEN_NONE,
  TOKEN_YYYY,
  TOKEN_YY,
  TOKEN_MM,
} Token;

static const struct
{
  const char *text;
  Token       token;
} tokens[] = {
  { "{YYYY}", TOKEN_YYYY },
  { "{YY}", TOKEN_YY },
  { "{MM}", TOKEN_MM },
};

/* The token starting at @p, and its length. */
static Token
token_at (const char *p,
          gsize      *len)
{
  for (guint i = 0; i < G_N_ELEMENTS (tokens); i++)
    {
      if (g_str_has_prefix (p, tokens[i].text))
        {
          *len = strlen (tokens[i].text);
          return tokens[i].token;
        }
    }
  *len = 0;
  return TOKEN_NONE;
}

/**
 * cpt_numbering_format:
 * @prefix: e.g. `FA-{YYYY}-`; text outside tokens is copied as it is
 * @number: the counter, not negative
 * @padding: the least number of digits of the counter
 * @date_iso: the document date, whose year and month fill the tokens
 *
 * Returns: the document number, or NULL when @date_iso is not a date
 */
char *
cpt_numbering_format (const char *prefix,
                      gint64      number,
                      guint       padding,
                      const char *date_iso)
{
  GString *str;
  int year, month;

  g_return_val_if_fail (number >= 0, NULL);
  g_return_val_if_fail (padding <= CPT_NUMBERING_MAX_PADDING, NULL);

  if (!cpt_date_get_ymd (date_iso, &year, &month, NULL))
    return NULL;

  str = g_string_new (NULL);
  for (const char *p = prefix != NULL ? prefix : ""; *p != '\0';)
    {
      gsize len;

      switch (token_at (p, &len))
        {
        case TOKEN_YYYY:
          g_string_append_printf (str, "%04d", year);
          break;
        case TOKEN_YY:
          g_string_append_printf (str, "%02d", year % 100);
          break;
        case TOKEN_MM:
          g_string_append_printf (str, "%02d", month);
          break;
        case TOKEN_NONE:
        default:
          g_string_append_c (str, *p);
          len = 1;
          break;
        }
      p += len;
    }
  g_string_append_printf (str, "%0*" G_GINT64_FORMAT, (int) padding, number);

  return g_string_free (str, FALSE);
}

gboolean
cpt_numbering_has_year_token (const char *prefix)
{
  return prefix != NULL &&
         (strstr (prefix, "{YYYY}") != NULL || strstr (prefix, "{YY}") != NULL);
}

/* Whether the counter starts again at 1 for a document dated @date_iso,
 * the last number of the series having been issued in @last_year (0 when
 * none was). A date earlier than the last year never restarts. */
gboolean
cpt_numbering_should_restart (gboolean    yearly_reset,
                              int         last_year,
                              const char *date_iso)
{
  int year;

  if (!yearly_reset || last_year <= 0 || !cpt_date_get_ymd (date_iso, &year, NULL, NULL))
    return FALSE;
  return year > last_year;
}

/* The counter the next document dated @date_iso takes. */
gint64
cpt_numbering_next (gint64      next_number,
                    gboolean    yearly_reset,
                    int         last_year,
                    const char *date_iso)
{
  if (cpt_numbering_should_restart (yearly_reset, last_year, date_iso))
    return 1;
  return next_number;
}

/* The number the next document dated @date_iso will receive, for the
 * numbering settings to show while they are edited. */
char *
cpt_numbering_preview (const char *prefix,
                       gint64      next_number,
                       guint       padding,
                       gboolean    yearly_reset,
                       int         last_year,
                       const char *date_iso)
{
  return cpt_numbering_format (prefix,
                               cpt_numbering_next (next_number, yearly_reset,
                                                   last_year, date_iso),
                               padding, date_iso);
}

/* Finds the first brace of @prefix that is not part of a token; returns
 * it with what follows up to the closing brace, or NULL. */
static char *
find_unknown_token (const char *prefix)
{
  for (const char *p = prefix; *p != '\0';)
    {
      gsize len;

      if (token_at (p, &len) != TOKEN_NONE)
        {
          p += len;
          continue;
        }
      if (*p == '{')
        {
          const char *close = strchr (p, '}');

          return close != NULL ? g_strndup (p, close - p + 1) : g_strdup ("{");
        }
      if (*p == '}')
        return g_strdup ("}");
      p++;
    }
  return NULL;
}

/**
 * cpt_numbering_validate:
 * @error: CPT_ERROR_INVALID with a sentence that says what to change
 *
 * Checks the settings of a series before they are saved.
 */
gboolean
cpt_numbering_validate (const char  *prefix,
                        gint64       next_number,
                        guint        padding,
                        gboolean     yearly_reset,
                        GError     **error)
{
  g_autofree char *unknown = NULL;

  if (prefix == NULL)
    prefix = "";

  if (!g_utf8_validate (prefix, -1, NULL))
    {
      cpt_error_add_field (error, "prefix",
                           _("The prefix is not valid text."));
      return FALSE;
    }
  if (g_utf8_strlen (prefix, -1) > CPT_NUMBERING_MAX_PREFIX_LENGTH)
    {
      cpt_error_add_field (error, "prefix",
                           _("The prefix “%s” is longer than %d characters."),
                           prefix, CPT_NUMBERING_MAX_PREFIX_LENGTH);
      return FALSE;
    }
  for (const char *p = prefix; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_iscntrl (c) || c == ' ' || g_unichar_isspace (c))
        {
          cpt_error_add_field (error, "prefix",
                               _("The prefix “%s” contains a space or a control character."),
                               prefix);
          return FALSE;
        }
    }
  unknown = find_unknown_token (prefix);
  if (unknown != NULL)
    {
      cpt_error_add_field (error, "prefix",
                           _("The prefix “%s” contains “%s”: only {YYYY}, {YY} and {MM} "
                             "can be used between braces."),
                           prefix, unknown);
      return FALSE;
    }
  if (padding > CPT_NUMBERING_MAX_PADDING)
    {
      cpt_error_add_field (error, "padding",
                           _("The number of digits must be between 0 and %d."),
                           CPT_NUMBERING_MAX_PADDING);
      return FALSE;
    }
  if (next_number < 1)
    {
      cpt_error_add_field (error, "next_number",
                           _("The next number must be 1 or more."));
      return FALSE;
    }
  /* Without the year in the number, a restart would issue CC-00001 a
   * second time. */
  if (yearly_reset && !cpt_numbering_has_year_token (prefix))
    {
      cpt_error_add_field (error, "yearly_reset",
                           _("A yearly restart needs {YYYY} or {YY} in the prefix, "
                             "otherwise numbers would repeat."));
      return FALSE;
    }
  return TRUE;
}
