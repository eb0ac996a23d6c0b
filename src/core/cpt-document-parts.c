/* cpt-document-parts.c
 *
 * Copyright 2026 The Comptoir authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "cpt-document-parts"

#include "config.h"

#include "cpt-document-parts.h"

#define PARAM_FLAGS (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS)

GParamSpec *
cpt_document_parts_param_string (const char *name)
{
  return g_param_spec_string (name, NULL, NULL, NULL, PARAM_FLAGS);
}

GParamSpec *
cpt_document_parts_param_int64 (const char *name)
{
  return g_param_spec_int64 (name, NULL, NULL, G_MININT64, G_MAXINT64, 0, PARAM_FLAGS);
}

GParamSpec *
cpt_document_parts_param_int (const char *name)
{
  return g_param_spec_int (name, NULL, NULL, G_MININT, G_MAXINT, 0, PARAM_FLAGS);
}

GParamSpec *
cpt_document_parts_param_address (const char *name)
{
  return g_param_spec_boxed (name, NULL, NULL, CPT_TYPE_ADDRESS, PARAM_FLAGS);
}

/* Lines and taxes are filled by the store, never replaced: read-only. */
GParamSpec *
cpt_document_parts_param_list (const char *name)
{
  return g_param_spec_object (name, NULL, NULL, G_TYPE_LIST_MODEL,
                              G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
}

/* g_set_str() is GLib 2.76; ours targets 2.74. */
void
cpt_document_parts_set_string (GObject     *object,
                               char       **field,
                               const char  *value,
                               GParamSpec  *pspec)
{
  if (g_strcmp0 (*field, value) == 0)
    return;
  g_free (*field);
  *field = g_strdup (value);
  g_object_notify_by_pspec (object, pspec);
}

void
cpt_document_parts_set_int64 (GObject    *object,
                              gint64     *field,
                              gint64      value,
                              GParamSpec *pspec)
{
  if (*field == value)
    return;
  *field = value;
  g_object_notify_by_pspec (object, pspec);
}

void
cpt_document_parts_set_int (GObject    *object,
                            int        *field,
                            int         value,
                            GParamSpec *pspec)
{
  if (*field == value)
    return;
  *field = value;
  g_object_notify_by_pspec (object, pspec);
}

/* A NULL address is refused: a document always has one, maybe empty. */
void
cpt_document_parts_set_address (GObject           *object,
                                CptAddress       **field,
                                const CptAddress  *value,
                                GParamSpec        *pspec)
{
  if (value == NULL || cpt_address_equal (*field, value))
    return;
  cpt_address_free (*field);
  *field = cpt_address_copy (value);
  g_object_notify_by_pspec (object, pspec);
}
