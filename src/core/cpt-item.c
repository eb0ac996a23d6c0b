/* cpt-item.c
 *
 * Copyright 2026 The Comptoir authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "cpt-item"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "cpt-error.h"
#include "cpt-item.h"

G_DEFINE_ENUM_TYPE (CptItemKind, cpt_item_kind,
                    G_DEFINE_ENUM_VALUE (CPT_ITEM_KIND_GOODS, "goods"),
                    G_DEFINE_ENUM_VALUE (CPT_ITEM_KIND_SERVICE, "service"))

/* The words used in the database and the API. */
const char *
cpt_item_kind_to_string (CptItemKind kind)
{
  return kind == CPT_ITEM_KIND_SERVICE ? "service" : "goods";
}

gboolean
cpt_item_kind_from_string (const char  *text,
                           CptItemKind *kind)
{
  g_return_val_if_fail (kind != NULL, FALSE);

  if (g_strcmp0 (text, "goods") == 0)
    *kind = CPT_ITEM_KIND_GOODS;
  else if (g_strcmp0 (text, "service") == 0)
    *kind = CPT_ITEM_KIND_SERVICE;
  else
    return FALSE;

  return TRUE;
}

struct _CptItem
{
  GObject      parent_instance;

  gint64       id;
  char        *name;
  char        *sku;
  CptItemKind  kind;
  char        *unit;
  gint64       rate;
  gint64       tax_id;
  gboolean     track_stock;
  gint64       reorder_level;
  char        *description;
  gboolean     active;
  gint64       on_hand;
  gint64       committed;
};

G_DEFINE_FINAL_TYPE (CptItem, cpt_item, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_NAME,
  PROP_SKU,
  PROP_KIND,
  PROP_UNIT,
  PROP_RATE,
  PROP_TAX_ID,
  PROP_TRACK_STOCK,
  PROP_REORDER_LEVEL,
  PROP_DESCRIPTION,
  PROP_ACTIVE,
  PROP_ON_HAND,
  PROP_COMMITTED,
  PROP_AVAILABLE,
  PROP_MISSING,
  PROP_OUT_OF_STOCK,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
set_string (CptItem     *self,
            char       **field,
            const char  *value,
            int          prop)
{
  if (value == NULL)
    value = "";
  if (g_strcmp0 (*field, value) == 0)
    return;

  g_free (*field);
  *field = g_strdup (value);
  g_object_notify_by_pspec (G_OBJECT (self), properties[prop]);
}

static void
set_int64 (CptItem *self,
           gint64  *field,
           gint64   value,
           int      prop)
{
  if (*field == value)
    return;

  *field = value;
  g_object_notify_by_pspec (G_OBJECT (self), properties[prop]);
}

static void
set_boolean (CptItem  *self,
             gboolean *field,
             gboolean  value,
             int       prop)
{
  value = !!value;
  if (*field == value)
    return;

  *field = value;
  g_object_notify_by_pspec (G_OBJECT (self), properties[prop]);
}

static void
cpt_item_finalize (GObject *object)
{
  CptItem *self = CPT_ITEM (object);

  g_free (self->name);
  g_free (self->sku);
  g_free (self->unit);
  g_free (self->description);

  G_OBJECT_CLASS (cpt_item_parent_class)->finalize (object);
}

static void
cpt_item_get_property (GObject    *object,
                       guint       prop_id,
                       GValue     *value,
                       GParamSpec *pspec)
{
  CptItem *self = CPT_ITEM (object);

  switch (prop_id)
    {
    case PROP_ID: g_value_set_int64 (value, self->id); break;
    case PROP_NAME: g_value_set_string (value, self->name); break;
    case PROP_SKU: g_value_set_string (value, self->sku); break;
    case PROP_KIND: g_value_set_enum (value, self->kind); break;
    case PROP_UNIT: g_value_set_string (value, self->unit); break;
    case PROP_RATE: g_value_set_int64 (value, self->rate); break;
    case PROP_TAX_ID: g_value_set_int64 (value, self->tax_id); break;
    case PROP_TRACK_STOCK: g_value_set_boolean (value, self->track_stock); break;
    case PROP_REORDER_LEVEL: g_value_set_int64 (value, self->reorder_level); break;
    case PROP_DESCRIPTION: g_value_set_string (value, self->description); break;
    case PROP_ACTIVE: g_value_set_boolean (value, self->active); break;
    case PROP_ON_HAND: g_value_set_int64 (value, self->on_hand); break;
    case PROP_COMMITTED: g_value_set_int64 (value, self->committed); break;
    case PROP_AVAILABLE: g_value_set_int64 (value, cpt_item_get_available (self)); break;
    case PROP_MISSING: g_value_set_int64 (value, cpt_item_get_missing (self)); break;
    case PROP_OUT_OF_STOCK: g_value_set_boolean (value, cpt_item_get_out_of_stock (self)); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cpt_item_set_property (GObject      *object,
                       guint         prop_id,
                       const GValue *value,
                       GParamSpec   *pspec)
{
  CptItem *self = CPT_ITEM (object);

  switch (prop_id)
    {
    case PROP_ID: cpt_item_set_id (self, g_value_get_int64 (value)); break;
    case PROP_NAME: cpt_item_set_name (self, g_value_get_string (value)); break;
    case PROP_SKU: cpt_item_set_sku (self, g_value_get_string (value)); break;
    case PROP_KIND: cpt_item_set_kind (self, g_value_get_enum (value)); break;
    case PROP_UNIT: cpt_item_set_unit (self, g_value_get_string (value)); break;
    case PROP_RATE: cpt_item_set_rate (self, g_value_get_int64 (value)); break;
    case PROP_TAX_ID: cpt_item_set_tax_id (self, g_value_get_int64 (value)); break;
    case PROP_TRACK_STOCK: cpt_item_set_track_stock (self, g_value_get_boolean (value)); break;
    case PROP_REORDER_LEVEL: cpt_item_set_reorder_level (self, g_value_get_int64 (value)); break;
    case PROP_DESCRIPTION: cpt_item_set_description (self, g_value_get_string (value)); break;
    case PROP_ACTIVE: cpt_item_set_active (self, g_value_get_boolean (value)); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cpt_item_class_init (CptItemClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags rw = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;
  const GParamFlags ro = G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->finalize = cpt_item_finalize;
  object_class->get_property = cpt_item_get_property;
  object_class->set_property = cpt_item_set_property;

  properties[PROP_ID] = g_param_spec_int64 ("id", NULL, NULL, 0, G_MAXINT64, 0, rw);
  properties[PROP_NAME] = g_param_spec_string ("name", NULL, NULL, "", rw);
  properties[PROP_SKU] = g_param_spec_string ("sku", NULL, NULL, "", rw);
  properties[PROP_KIND] = g_param_spec_enum ("kind", NULL, NULL, CPT_TYPE_ITEM_KIND,
                                             CPT_ITEM_KIND_GOODS, rw);
  properties[PROP_UNIT] = g_param_spec_string ("unit", NULL, NULL, "", rw);
  properties[PROP_RATE] = g_param_spec_int64 ("rate", NULL, NULL, G_MININT64, G_MAXINT64, 0, rw);
  properties[PROP_TAX_ID] = g_param_spec_int64 ("tax-id", NULL, NULL, 0, G_MAXINT64, 0, rw);
  properties[PROP_TRACK_STOCK] = g_param_spec_boolean ("track-stock", NULL, NULL, TRUE, rw);
  properties[PROP_REORDER_LEVEL] = g_param_spec_int64 ("reorder-level", NULL, NULL,
                                                       G_MININT64, G_MAXINT64, 0, rw);
  properties[PROP_DESCRIPTION] = g_param_spec_string ("description", NULL, NULL, "", rw);
  properties[PROP_ACTIVE] = g_param_spec_boolean ("active", NULL, NULL, TRUE, rw);
  properties[PROP_ON_HAND] = g_param_spec_int64 ("on-hand", NULL, NULL, G_MININT64, G_MAXINT64, 0, ro);
  properties[PROP_COMMITTED] = g_param_spec_int64 ("committed", NULL, NULL,
                                                   G_MININT64, G_MAXINT64, 0, ro);
  properties[PROP_AVAILABLE] = g_param_spec_int64 ("available", NULL, NULL,
                                                   G_MININT64, G_MAXINT64, 0, ro);
  /* How much is missing to get back to the reorder level (0 if nothing). */
  properties[PROP_MISSING] = g_param_spec_int64 ("missing", NULL, NULL, 0, G_MAXINT64, 0, ro);
  properties[PROP_OUT_OF_STOCK] = g_param_spec_boolean ("out-of-stock", NULL, NULL, FALSE, ro);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
cpt_item_init (CptItem *self)
{
  self->name = g_strdup ("");
  self->sku = g_strdup ("");
  self->unit = g_strdup ("");
  self->description = g_strdup ("");
  self->kind = CPT_ITEM_KIND_GOODS;
  self->track_stock = TRUE;
  self->active = TRUE;
}

CptItem *
cpt_item_new (void)
{
  return g_object_new (CPT_TYPE_ITEM, NULL);
}

CptItem *
cpt_item_copy (CptItem *self)
{
  CptItem *copy;

  g_return_val_if_fail (CPT_IS_ITEM (self), NULL);

  copy = g_object_new (CPT_TYPE_ITEM,
                       "id", self->id,
                       "name", self->name,
                       "sku", self->sku,
                       "kind", self->kind,
                       "unit", self->unit,
                       "rate", self->rate,
                       "tax-id", self->tax_id,
                       "track-stock", self->track_stock,
                       "reorder-level", self->reorder_level,
                       "description", self->description,
                       "active", self->active,
                       NULL);
  cpt_item_set_stock (copy, self->on_hand, self->committed);
  return copy;
}

#define ACCESSORS(type, field, PROP, setter)                              \
  type                                                                    \
  cpt_item_get_##field (CptItem *self)                                    \
  {                                                                       \
    g_return_val_if_fail (CPT_IS_ITEM (self), (type) 0);                  \
    return self->field;                                                   \
  }                                                                       \
  void                                                                    \
  cpt_item_set_##field (CptItem *self,                                    \
                        type     value)                                   \
  {                                                                       \
    g_return_if_fail (CPT_IS_ITEM (self));                                \
    setter (self, &self->field, value, PROP);                             \
  }

ACCESSORS (const char *, name, PROP_NAME, set_string)
ACCESSORS (const char *, sku, PROP_SKU, set_string)
ACCESSORS (const char *, unit, PROP_UNIT, set_string)
ACCESSORS (const char *, description, PROP_DESCRIPTION, set_string)
ACCESSORS (gint64, id, PROP_ID, set_int64)
ACCESSORS (gint64, rate, PROP_RATE, set_int64)
ACCESSORS (gint64, tax_id, PROP_TAX_ID, set_int64)
ACCESSORS (gint64, reorder_level, PROP_REORDER_LEVEL, set_int64)
ACCESSORS (gboolean, track_stock, PROP_TRACK_STOCK, set_boolean)
ACCESSORS (gboolean, active, PROP_ACTIVE, set_boolean)

CptItemKind
cpt_item_get_kind (CptItem *self)
{
  g_return_val_if_fail (CPT_IS_ITEM (self), CPT_ITEM_KIND_GOODS);

  return self->kind;
}

void
cpt_item_set_kind (CptItem     *self,
                   CptItemKind  kind)
{
  g_return_if_fail (CPT_IS_ITEM (self));

  if (self->kind == kind)
    return;
  self->kind = kind;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_KIND]);
}

gint64
cpt_item_get_on_hand (CptItem *self)
{
  g_return_val_if_fail (CPT_IS_ITEM (self), 0);

  return self->on_hand;
}

gint64
cpt_item_get_committed (CptItem *self)
{
  g_return_val_if_fail (CPT_IS_ITEM (self), 0);

  return self->committed;
}

/* on hand − committed; may be negative when more is ordered than held. */
gint64
cpt_item_get_available (CptItem *self)
{
  g_return_val_if_fail (CPT_IS_ITEM (self), 0);

  return self->on_hand - self->committed;
}

gint64
cpt_item_get_missing (CptItem *self)
{
  gint64 available;

  g_return_val_if_fail (CPT_IS_ITEM (self), 0);

  available = cpt_item_get_available (self);
  if (!self->track_stock || available >= self->reorder_level)
    return 0;
  return self->reorder_level - available;
}

/* « Rupture »: a stocked item with nothing available. */
gboolean
cpt_item_get_out_of_stock (CptItem *self)
{
  g_return_val_if_fail (CPT_IS_ITEM (self), FALSE);

  return self->track_stock && cpt_item_get_available (self) <= 0;
}

void
cpt_item_set_stock (CptItem *self,
                    gint64   on_hand,
                    gint64   committed)
{
  gboolean was_out;
  gint64 old_missing;

  g_return_if_fail (CPT_IS_ITEM (self));

  if (self->on_hand == on_hand && self->committed == committed)
    return;

  was_out = cpt_item_get_out_of_stock (self);
  old_missing = cpt_item_get_missing (self);
  self->on_hand = on_hand;
  self->committed = committed;

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ON_HAND]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_COMMITTED]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_AVAILABLE]);
  if (old_missing != cpt_item_get_missing (self))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MISSING]);
  if (was_out != cpt_item_get_out_of_stock (self))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_OUT_OF_STOCK]);
}

/* Trims the text fields; a service never tracks stock. */
void
cpt_item_normalize (CptItem *self)
{
  g_autofree char *name = NULL;
  g_autofree char *sku = NULL;
  g_autofree char *unit = NULL;

  g_return_if_fail (CPT_IS_ITEM (self));

  name = g_strstrip (g_strdup (self->name));
  sku = g_strstrip (g_strdup (self->sku));
  unit = g_strstrip (g_strdup (self->unit));
  cpt_item_set_name (self, name);
  cpt_item_set_sku (self, sku);
  cpt_item_set_unit (self, unit);
  if (self->kind == CPT_ITEM_KIND_SERVICE)
    cpt_item_set_track_stock (self, FALSE);
}

/**
 * cpt_item_validate:
 *
 * Checks what can be checked without the database: a name, a SKU without
 * spaces inside, a price and a reorder level that are not negative.
 */
gboolean
cpt_item_validate (CptItem  *self,
                   GError  **error)
{
  g_autoptr(GError) problems = NULL;

  g_return_val_if_fail (CPT_IS_ITEM (self), FALSE);

  if (self->name[0] == '\0')
    cpt_error_add_field (&problems, "name", "%s", _("The item needs a name."));
  if (g_utf8_strlen (self->sku, -1) > 64 || strpbrk (self->sku, " \t\n\r") != NULL)
    cpt_error_add_field (&problems, "sku",
                         _("The SKU “%s” must be at most 64 characters without spaces."), self->sku);
  if (self->rate < 0)
    cpt_error_add_field (&problems, "rate",
                         _("The price of the item “%s” cannot be negative."), self->name);
  if (self->reorder_level < 0)
    cpt_error_add_field (&problems, "reorder_level",
                         _("The reorder level of the item “%s” cannot be negative."), self->name);

  return cpt_error_finish (&problems, error);
}
