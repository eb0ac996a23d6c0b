/* cpt-address.c
 *
 * Copyright 2026 The Comptoir authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "cpt-address"

#include "config.h"

#include <string.h>

#include "cpt-address.h"

G_DEFINE_BOXED_TYPE (CptAddress, cpt_address, cpt_address_copy, cpt_address_free)

/* Stored values are trimmed so that two addresses typed with a stray space
 * still compare equal (merging orders compares addresses). */
static char *
dup_trimmed (const char *s)
{
  if (s == NULL)
    return g_strdup ("");
  return g_strstrip (g_strdup (s));
}

CptAddress *
cpt_address_new (const char *street,
                 const char *street2,
                 const char *postcode,
                 const char *city,
                 const char *country)
{
  CptAddress *self = g_new0 (CptAddress, 1);

  cpt_address_set (self, street, street2, postcode, city, country);
  return self;
}

void
cpt_address_set (CptAddress *self,
                 const char *street,
                 const char *street2,
                 const char *postcode,
                 const char *city,
                 const char *country)
{
  char *fields[5];

  g_return_if_fail (self != NULL);

  /* Copy first: the arguments may point into self. */
  fields[0] = dup_trimmed (street);
  fields[1] = dup_trimmed (street2);
  fields[2] = dup_trimmed (postcode);
  fields[3] = dup_trimmed (city);
  fields[4] = dup_trimmed (country);

  g_free (self->street);
  g_free (self->street2);
  g_free (self->postcode);
  g_free (self->city);
  g_free (self->country);

  self->street = fields[0];
  self->street2 = fields[1];
  self->postcode = fields[2];
  self->city = fields[3];
  self->country = fields[4];
}

CptAddress *
cpt_address_copy (const CptAddress *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return cpt_address_new (self->street, self->street2, self->postcode,
                          self->city, self->country);
}

void
cpt_address_free (CptAddress *self)
{
  if (self == NULL)
    return;

  g_free (self->street);
  g_free (self->street2);
  g_free (self->postcode);
  g_free (self->city);
  g_free (self->country);
  g_free (self);
}

static gboolean
field_equal (const char *a,
             const char *b)
{
  return g_strcmp0 (a ? a : "", b ? b : "") == 0;
}

/* Exact comparison of every field (after the trimming done on input): two
 * orders are only merged when they really go to the same place. An empty
 * country and "France" are the same country. */
gboolean
cpt_address_equal (const CptAddress *a,
                   const CptAddress *b)
{
  if (a == b)
    return TRUE;
  if (a == NULL || b == NULL)
    return FALSE;

  return field_equal (a->street, b->street) &&
         field_equal (a->street2, b->street2) &&
         field_equal (a->postcode, b->postcode) &&
         field_equal (a->city, b->city) &&
         (field_equal (a->country, b->country) ||
          (cpt_address_is_domestic (a) && cpt_address_is_domestic (b)));
}

gboolean
cpt_address_is_empty (const CptAddress *self)
{
  g_return_val_if_fail (self != NULL, TRUE);

  return (self->street == NULL || *self->street == '\0') &&
         (self->street2 == NULL || *self->street2 == '\0') &&
         (self->postcode == NULL || *self->postcode == '\0') &&
         (self->city == NULL || *self->city == '\0');
}

gboolean
cpt_address_is_domestic (const CptAddress *self)
{
  g_return_val_if_fail (self != NULL, TRUE);

  return self->country == NULL || *self->country == '\0' ||
         g_ascii_strcasecmp (self->country, "France") == 0 ||
         g_ascii_strcasecmp (self->country, "FR") == 0;
}

static void
append_line (GString    *out,
             const char *line,
             const char *separator)
{
  if (line == NULL || *line == '\0')
    return;
  if (out->len > 0)
    g_string_append (out, separator);
  g_string_append (out, line);
}

static char *
format_with (const CptAddress *self,
             const char       *separator)
{
  GString *out = g_string_new (NULL);
  g_autofree char *town = NULL;

  town = g_strjoin (" ", self->postcode ? self->postcode : "", self->city ? self->city : "", NULL);
  g_strstrip (town);

  append_line (out, self->street, separator);
  append_line (out, self->street2, separator);
  append_line (out, town, separator);
  /* French postal usage: a country line only for mail going abroad. */
  if (!cpt_address_is_domestic (self))
    append_line (out, self->country, separator);

  return g_string_free (out, FALSE);
}

/* Lines as printed on a document or an envelope: street, street2,
 * "postcode city", and the country when it is not France. */
char *
cpt_address_format (const CptAddress *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return format_with (self, "\n");
}

/* The same on one line, comma-separated, for lists and drop-downs. */
char *
cpt_address_format_one_line (const CptAddress *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return format_with (self, ", ");
}
