"""The investigators' app, as a tested library: pages in ``app/views`` only call these modules.

Every service takes the :class:`graph.connection.Graph` and the signed-in
:class:`app.services.access.Viewer` as arguments (never creates a driver), applies the access
policy (confidential items, masked identities) and returns plain dataclasses.

Modules: ``nodes`` (labels, captions, id → node lookups), ``access`` (roles, confidentiality,
masking), ``auth`` (users file, password hashes), ``audit`` (append-only log), ``search``,
``profile``, ``network`` (ego network), ``paths`` (interest chains), ``threads`` (custody and
deadlines), ``desk`` (agency work desk), ``console`` (read-only Cypher, exports),
``ingest_upload`` (letters → pipeline).
"""
