import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import type { APIRequestContext, APIResponse } from '@playwright/test';
import { expect } from './fixtures';

type Json = Record<string, unknown>;

/**
 * Validates real responses against the app's own OpenAPI document: the schema that
 * /api/openapi.json declares for a path, method, status and content type. Fails with Ajv's
 * errors when a handler's output drifts from what the document says.
 */
export class OpenApiConformance {
  private readonly ajv = new Ajv2020({ strict: false, allErrors: true });

  private constructor(private readonly document: Json) {
    addFormats(this.ajv);
  }

  static async load(request: APIRequestContext): Promise<OpenApiConformance> {
    const res = await request.get('/api/openapi.json');
    expect(res.status()).toBe(200);
    const document = (await res.json()) as Json;
    expect(document.openapi).toMatch(/^3\.1\./);
    return new OpenApiConformance(document);
  }

  /** Every path the document lists. */
  get paths(): string[] {
    return Object.keys(this.document.paths as Json);
  }

  /** The documented paths that answer GET (the others are writes only: sign-in, merges). */
  get readablePaths(): string[] {
    return Object.entries(this.document.paths as Json)
      .filter(([, item]) => Boolean((item as Json).get))
      .map(([path]) => path);
  }

  /** The declared response schema, or a failed expectation naming what is missing. */
  private schemaFor(path: string, method: string, status: number, type: string): Json {
    const operation = ((this.document.paths as Json)[path] as Json | undefined)?.[method] as
      Json | undefined;
    expect(operation, `${method.toUpperCase()} ${path} is not in the document`).toBeTruthy();
    const response = (operation?.responses as Json | undefined)?.[String(status)] as
      Json | undefined;
    expect(response, `${method.toUpperCase()} ${path} declares no ${status}`).toBeTruthy();
    const schema = ((response?.content as Json | undefined)?.[type] as Json | undefined)?.schema;
    expect(schema, `${method.toUpperCase()} ${path} ${status} declares no ${type}`).toBeTruthy();
    return schema as Json;
  }

  /**
   * Asserts that `response` (to `method` on the templated `path`, e.g. /api/meetings/{id}) has a
   * status and content type the document declares, and a body valid against its schema.
   */
  async expectConforms(response: APIResponse, path: string, method = 'get'): Promise<void> {
    const type = (response.headers()['content-type'] ?? '').split(';')[0]?.trim() ?? '';
    const schema = this.schemaFor(path, method, response.status(), type);
    const body: unknown =
      type === 'application/json' ? await response.json() : await response.text();
    const validate = this.ajv.compile({
      ...schema,
      components: this.document.components,
    });
    const ok = validate(body);
    expect(
      ok
        ? []
        : (validate.errors ?? []).map(
            (e) => `${e.instancePath} ${e.message} ${JSON.stringify(e.params)}`,
          ),
      `${method.toUpperCase()} ${path} ${response.status()} does not match the document`,
    ).toEqual([]);
  }
}
