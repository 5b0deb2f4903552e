"""Pure rules of linked supervision (issue 3): no database code. Import each module itself:

* :mod:`graph.rules.workdays`  — PRC working-day calendar (``WorkCalendar``)
* :mod:`graph.rules.deadlines` — deadline rules from ``deadlines.yaml``
* :mod:`graph.rules.agencies`  — agency directory from ``reference/agencies.yaml``
* :mod:`graph.rules.routing`   — routing of the schema's violations from ``routing.yaml``
* :mod:`graph.rules.draw`      — the random draw of 双随机一公开 inspections

Ids are :func:`graph.ids.make_id`; names are looked up with :func:`graph.types.names.lookup_key`.
"""
