/** An upload through Payload's REST API as a signed-in user, as the admin's upload form sends it. */
export async function uploadFile(
  base: string,
  token: string,
  collection: string,
  file: { bytes: Buffer; filename: string; type: string },
  data: Record<string, unknown>,
) {
  const form = new FormData()
  form.append('file', new Blob([new Uint8Array(file.bytes)], { type: file.type }), file.filename)
  form.append('_payload', JSON.stringify(data))
  const res = await fetch(`${base}/api/${collection}`, {
    method: 'POST',
    headers: { authorization: `JWT ${token}`, 'accept-language': 'en' },
    body: form,
  })
  const body = await res.json()
  if (res.status !== 201) throw new Error(`upload: ${res.status} ${JSON.stringify(body)}`)
  return body.doc
}
