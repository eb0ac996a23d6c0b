/* cpt-warehouse.c
 *
 * Copyright 2026 The Comptoir authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "cpt-warehouse"

#include "config.h"

#include "cpt-warehouse.h"

struct _CptWarehouse
{
  GObject parent_instance;

  gint64 id;
  char *name;
  CptAddress *address;
  gboolean active;
  gboolean is_default;
};

G_DEFINE_FINAL_TYPE (CptWarehouse, cpt_warehouse, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_NAME,
  PROP_ADDRESS,
  PROP_ACTIVE,
  PROP_IS_DEFAULT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
cpt_warehouse_finalize (GObject *object)
{
  CptWarehouse *self = CPT_WAREHOUSE (object);

  g_free (self->name);
  cpt_address_free (self->address);

  G_OBJECT_CLASS (cpt_warehouse_parent_class)->finalize (object);
}

static void
cpt_warehouse_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  CptWarehouse *self = CPT_WAREHOUSE (object);

  switch (prop_id)
    {
    case PROP_ID: g_value_set_int64 (value, self->id); break;
    case PROP_NAME: g_value_set_string (value, self->name); break;
    case PROP_ADDRESS: g_value_set_boxed (value, self->address); break;
    case PROP_ACTIVE: g_value_set_boolean (value, self->active); break;
    case PROP_IS_DEFAULT: g_value_set_boolean (value, self->is_default); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cpt_warehouse_set_property (GObject      *object,
                            guint         prop_id,
                            const GValue *value,
                            GParamSpec   *pspec)
{
  CptWarehouse *self = CPT_WAREHOUSE (object);

  switch (prop_id)
    {
    case PROP_ID: cpt_warehouse_set_id (self, g_value_get_int64 (value)); break;
    case PROP_NAME: cpt_warehouse_set_name (self, g_value_get_string (value)); break;
    case PROP_ADDRESS: cpt_warehouse_set_address (self, g_value_get_boxed (value)); break;
    case PROP_ACTIVE: cpt_warehouse_set_active (self, g_value_get_boolean (value)); break;
    case PROP_IS_DEFAULT: cpt_warehouse_set_is_default (self, g_value_get_boolean (value)); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cpt_warehouse_class_init (CptWarehouseClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags rw = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->finalize = cpt_warehouse_finalize;
  object_class->get_property = cpt_warehouse_get_property;
  object_class->set_property = cpt_warehouse_set_property;

  properties[PROP_ID] = g_param_spec_int64 ("id", NULL, NULL, 0, G_MAXINT64, 0, rw);
  properties[PROP_NAME] = g_param_spec_string ("name", NULL, NULL, "", rw);
  properties[PROP_ADDRESS] = g_param_spec_boxed ("address", NULL, NULL, CPT_TYPE_ADDRESS, rw);
  properties[PROP_ACTIVE] = g_param_spec_boolean ("active", NULL, NULL, TRUE, rw);
  properties[PROP_IS_DEFAULT] = g_param_spec_boolean ("is-default", NULL, NULL, FALSE, rw);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
cpt_warehouse_init (CptWarehouse *self)
{
  self->name = g_strdup ("");
  self->address = cpt_address_new (NULL, NULL, NULL, NULL, "France");
  self->active = TRUE;
}

CptWarehouse *
cpt_warehouse_new (void)
{
  return g_object_new (CPT_TYPE_WAREHOUSE, NULL);
}

CptWarehouse *
cpt_warehouse_copy (CptWarehouse *self)
{
  g_return_val_if_fail (CPT_IS_WAREHOUSE (self), NULL);

  return g_object_new (CPT_TYPE_WAREHOUSE,
                       "id", self->id,
                       "name", self->name,
                       "address", self->address,
                       "active", self->active,
                       "is-default", self->is_default,
                       NULL);
}

gint64
cpt_warehouse_get_id (CptWarehouse *self)
{
  g_return_val_if_fail (CPT_IS_WAREHOUSE (self), 0);

  return self->id;
}

void
cpt_warehouse_set_id (CptWarehouse *self,
                   gint64 value)
{
  g_return_if_fail (CPT_IS_WAREHOUSE (self));

  if (self->id == value)
    return;
  self->id = value;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ID]);
}

const char *
cpt_warehouse_get_name (CptWarehouse *self)
{
  g_return_val_if_fail (CPT_IS_WAREHOUSE (self), NULL);

  return self->name;
}

void
cpt_warehouse_set_name (CptWarehouse *self,
                   const char * value)
{
  g_return_if_fail (CPT_IS_WAREHOUSE (self));

  if (value == NULL)
    value = "";
  if (g_strcmp0 (self->name, value) == 0)
    return;
  g_free (self->name);
  self->name = g_strdup (value);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NAME]);
}

const CptAddress *
cpt_warehouse_get_address (CptWarehouse *self)
{
  g_return_val_if_fail (CPT_IS_WAREHOUSE (self), NULL);

  return self->address;
}

void
cpt_warehouse_set_address (CptWarehouse *self,
                   const CptAddress * value)
{
  g_return_if_fail (CPT_IS_WAREHOUSE (self));

  static const CptAddress empty = { 0 };

  if (value == NULL)
    value = &empty;
  if (cpt_address_equal (self->address, value) &&
      g_strcmp0 (self->address->country, value->country ? value->country : "") == 0)
    return;
  cpt_address_set (self->address, value->street, value->street2, value->postcode, value->city,
                   value->country);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ADDRESS]);
}

gboolean
cpt_warehouse_get_active (CptWarehouse *self)
{
  g_return_val_if_fail (CPT_IS_WAREHOUSE (self), FALSE);

  return self->active;
}

void
cpt_warehouse_set_active (CptWarehouse *self,
                   gboolean value)
{
  g_return_if_fail (CPT_IS_WAREHOUSE (self));

  value = !!value;
  if (self->active == value)
    return;
  self->active = value;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ACTIVE]);
}

gboolean
cpt_warehouse_get_is_default (CptWarehouse *self)
{
  g_return_val_if_fail (CPT_IS_WAREHOUSE (self), FALSE);

  return self->is_default;
}

void
cpt_warehouse_set_is_default (CptWarehouse *self,
                   gboolean value)
{
  g_return_if_fail (CPT_IS_WAREHOUSE (self));

  value = !!value;
  if (self->is_default == value)
    return;
  self->is_default = value;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_IS_DEFAULT]);
}
