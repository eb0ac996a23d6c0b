/* cpt-error.c
 *
 * Copyright 2026 The Comptoir authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "cpt-error"

#include "config.h"

#include "cpt-error.h"

typedef struct
{
  char *field;
  char *message;
} CptErrorField;

typedef struct
{
  GPtrArray *fields; /* of CptErrorField, NULL until one is named */
} CptErrorPrivate;

static void
cpt_error_field_free (CptErrorField *item)
{
  g_free (item->field);
  g_free (item->message);
  g_free (item);
}

static void
append_field (CptErrorPrivate *priv,
              const char      *field,
              const char      *message)
{
  CptErrorField *item = g_new0 (CptErrorField, 1);

  if (priv->fields == NULL)
    priv->fields = g_ptr_array_new_with_free_func ((GDestroyNotify) cpt_error_field_free);
  item->field = g_strdup (field);
  item->message = g_strdup (message);
  g_ptr_array_add (priv->fields, item);
}

static void
cpt_error_private_init (CptErrorPrivate *priv)
{
  priv->fields = NULL;
}

static void
cpt_error_private_copy (const CptErrorPrivate *src,
                        CptErrorPrivate       *dest)
{
  dest->fields = NULL;
  for (guint i = 0; src->fields != NULL && i < src->fields->len; i++)
    {
      const CptErrorField *item = g_ptr_array_index (src->fields, i);

      append_field (dest, item->field, item->message);
    }
}

static void
cpt_error_private_clear (CptErrorPrivate *priv)
{
  g_clear_pointer (&priv->fields, g_ptr_array_unref);
}

/* An extended domain, so that the fields travel with the error through
 * g_propagate_error() and g_error_copy(). */
G_DEFINE_EXTENDED_ERROR (CptError, cpt_error)

static void
add_problem (GError     **problems,
             const char  *field,
             const char  *message)
{
  if (*problems == NULL)
    {
      *problems = g_error_new_literal (CPT_ERROR, CPT_ERROR_INVALID, message);
    }
  else
    {
      char *joined = g_strconcat ((*problems)->message, "\n", message, NULL);

      g_free ((*problems)->message);
      (*problems)->message = joined;
    }
  append_field (cpt_error_get_private (*problems), field, message);
}

/**
 * cpt_error_add_field:
 * @problems: (nullable): where the problems are collected
 * @field: (nullable): the refused field, %NULL when the problem is general
 *
 * Adds a sentence about @field to *@problems, creating the
 * CPT_ERROR_INVALID error at the first problem. With *@problems %NULL on
 * entry it also serves as a g_set_error() that names the field.
 */
void
cpt_error_add_field (GError     **problems,
                     const char  *field,
                     const char  *format,
                     ...)
{
  g_autofree char *message = NULL;
  va_list args;

  if (problems == NULL)
    return;
  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);
  add_problem (problems, field, message);
}

/**
 * cpt_error_collect:
 * @problems: where the problems are collected
 * @error: (transfer full): what a check returned
 * @field: (nullable): the field @error is about when it names none itself
 * @fatal: (nullable): receives @error when it is not a refusal of the input
 *
 * Lets a validator go on after a check refused a value, so that one answer
 * lists every problem. A database or other failure stops the validation.
 *
 * Returns: %TRUE when @error was a refusal, now collected; %FALSE when it
 * was moved to @fatal and the caller must stop.
 */
gboolean
cpt_error_collect (GError     **problems,
                   GError      *error,
                   const char  *field,
                   GError     **fatal)
{
  guint n_fields;

  if (!g_error_matches (error, CPT_ERROR, CPT_ERROR_INVALID))
    {
      g_propagate_error (fatal, error);
      return FALSE;
    }
  n_fields = cpt_error_get_n_fields (error);
  if (n_fields == 0)
    add_problem (problems, field, error->message);
  for (guint i = 0; i < n_fields; i++)
    {
      const char *message;
      const char *named = cpt_error_get_field (error, i, &message);

      add_problem (problems, named != NULL ? named : field, message);
    }
  g_error_free (error);
  return TRUE;
}

/**
 * cpt_error_finish:
 * @problems: the collected problems, emptied
 * @error: (nullable): receives them
 *
 * Returns: %TRUE when nothing was refused
 */
gboolean
cpt_error_finish (GError **problems,
                  GError **error)
{
  if (*problems == NULL)
    return TRUE;
  g_propagate_error (error, g_steal_pointer (problems));
  return FALSE;
}

guint
cpt_error_get_n_fields (const GError *error)
{
  CptErrorPrivate *priv;

  if (error == NULL || error->domain != CPT_ERROR)
    return 0;
  priv = cpt_error_get_private (error);
  return priv != NULL && priv->fields != NULL ? priv->fields->len : 0;
}

/**
 * cpt_error_get_field:
 * @message: (out) (optional): the sentence about that field
 *
 * Returns: (nullable): the name of the @index-th refused field, %NULL for a
 * problem about no field in particular
 */
const char *
cpt_error_get_field (const GError  *error,
                     guint          index,
                     const char   **message)
{
  const CptErrorField *item;

  g_return_val_if_fail (index < cpt_error_get_n_fields (error), NULL);
  item = g_ptr_array_index (cpt_error_get_private (error)->fields, index);
  if (message != NULL)
    *message = item->message;
  return item->field;
}

