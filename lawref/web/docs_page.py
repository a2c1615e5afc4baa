"""``GET /docs``: the API's OpenAPI description as a plain page (no CDN-hosted viewer), with the
machine-readable document at ``/openapi.json``."""

from __future__ import annotations

from typing import Any

from lawref.render.escape import esc


def _schema_name(schema: dict[str, Any]) -> str:
    ref = schema.get("$ref") or (schema.get("items") or {}).get("$ref") or ""
    if ref:
        return ref.rsplit("/", 1)[-1] + ("[]" if "items" in schema else "")
    return str(schema.get("type", "any"))


def _fields(name: str, components: dict[str, Any]) -> str:
    schema = components.get(name.removesuffix("[]"), {})
    rows = []
    required = set(schema.get("required", ()))
    for field, spec in schema.get("properties", {}).items():
        kinds = [_schema_name(s) for s in spec.get("anyOf", [spec])]
        rows.append(
            f"<tr><td><code>{esc(field)}</code>{'' if field not in required else ' *'}</td>"
            f"<td>{esc(' | '.join(kinds))}</td><td>{esc(spec.get('description', ''))}</td></tr>"
        )
    if not rows:
        return ""
    return (
        f"<table><thead><tr><th colspan=3>{esc(name)}</th></tr></thead>"
        f"<tbody>{''.join(rows)}</tbody></table>"
    )


def docs_body(openapi: dict[str, Any]) -> str:
    components = openapi.get("components", {}).get("schemas", {})
    sections = []
    for path, methods in openapi.get("paths", {}).items():
        for method, operation in methods.items():
            parameters = "".join(
                f"<li><code>{esc(p['name'])}</code> ({esc(p['in'])}"
                f"{', required' if p.get('required') else ''}) {esc(p.get('description', ''))}</li>"
                for p in operation.get("parameters", ())
            )
            body = ""
            content = operation.get("requestBody", {}).get("content", {})
            if "application/json" in content:
                name = _schema_name(content["application/json"]["schema"])
                body = f"<p>JSON body: <code>{esc(name)}</code></p>{_fields(name, components)}"
            statuses = ", ".join(esc(code) for code in operation.get("responses", {}))
            sections.append(
                f'<section class="endpoint"><h2><code>{esc(method.upper())} {esc(path)}</code>'
                f"</h2><p>{esc(operation.get('summary', ''))}</p>"
                f"{f'<ul>{parameters}</ul>' if parameters else ''}{body}"
                f"<p class=meta>Answers: {statuses}</p></section>"
            )
    nested = "".join(_fields(name, components) for name in ("QuoteReview",) if name in components)
    return (
        '<main class="app-main docs"><h1>lawref JSON API</h1>'
        '<p>The OpenAPI document: <a href="/openapi.json">/openapi.json</a>. Errors are '
        '<code>{"error": "one line"}</code> with status 400 (bad input), 404 (unknown statute '
        "or article), 413 (over --max-size), 422 (malformed request) or 503 (a worker stopped)."
        f"</p>{''.join(sections)}{nested}</main>"
    )
