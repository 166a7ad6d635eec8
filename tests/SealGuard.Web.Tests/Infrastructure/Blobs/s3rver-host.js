'use strict';

// Runs s3rver (the npm fake S3 server) for the S3 blob store tests, with two things s3rver 3.7.1 lacks:
//
// * SigV4 verification. s3rver checks only that the access key id exists ("Signature version 4 calculation is
//   unimplemented" in its authentication middleware), so a wrong secret key would pass. This host recomputes every
//   header-signed request's signature with the secret S3RVER and answers 403 SignatureDoesNotMatch when it differs.
// * Payload verification. A PUT must carry its SHA-256 in the signed x-amz-content-sha256 header (no UNSIGNED-PAYLOAD,
//   no aws-chunked streaming, which s3rver cannot decode anyway); the body is checked against it and against
//   x-amz-checksum-sha256 when that is sent, as S3 does.
//
// Usage: node s3rver-host.js <directory>
// Listens on 127.0.0.1 on a free port, prints {"listening":<port>} on stdout once it accepts requests, then one JSON
// line per request ({"request":{method, path, contentSha256, checksumSha256, status}}). Exits when stdin closes, so it
// never outlives the test process that started it.

const crypto = require('crypto');
const { Readable } = require('stream');
const S3rver = require('s3rver');
const S3Error = require('s3rver/lib/models/error');

const ACCESS_KEY = 'S3RVER';
const SECRET_KEY = 'S3RVER';

const directory = process.argv[2];
if (!directory) {
  console.error('usage: node s3rver-host.js <directory>');
  process.exit(2);
}

const sha256Hex = data => crypto.createHash('sha256').update(data).digest('hex');
const hmac = (key, data) => crypto.createHmac('sha256', key).update(data).digest();

// RFC 3986 encoding as SigV4 wants it: everything but unreserved characters, in upper-case hex.
const encode = value =>
  encodeURIComponent(value).replace(/[!'()*]/g, c => '%' + c.charCodeAt(0).toString(16).toUpperCase());

function fail(code, message, status) {
  const error = new S3Error(code, message);
  if (status) {
    error.status = status;
    error.expose = true;
  }
  return error;
}

function canonicalQuery(rawQuery) {
  if (!rawQuery) {
    return '';
  }
  return rawQuery
    .split('&')
    .filter(Boolean)
    .map(pair => {
      const [name, ...rest] = pair.split('=');
      const decode = s => decodeURIComponent(s.replace(/\+/g, '%20'));
      return [encode(decode(name)), encode(decode(rest.join('=')))];
    })
    .sort(([a, av], [b, bv]) => (a < b ? -1 : a > b ? 1 : av < bv ? -1 : av > bv ? 1 : 0))
    .map(([name, value]) => `${name}=${value}`)
    .join('&');
}

function verifySignature(ctx) {
  const authorization = ctx.get('authorization');
  if (!authorization) {
    throw fail('AccessDenied', 'Anonymous requests are not accepted by this test server.');
  }
  const match = /^AWS4-HMAC-SHA256 Credential=([^,]+),\s*SignedHeaders=([^,]+),\s*Signature=([0-9a-f]{64})$/.exec(
    authorization,
  );
  if (!match) {
    throw fail('AuthorizationHeaderMalformed', 'Only header-signed SigV4 requests are accepted.');
  }
  const [, credential, signedHeaders, signature] = match;
  const [accessKey, date, region, service, terminator] = credential.split('/');
  if (accessKey !== ACCESS_KEY) {
    throw fail('InvalidAccessKeyId', 'The AWS Access Key Id you provided does not exist in our records.');
  }
  const amzDate = ctx.get('x-amz-date');
  const payloadHash = ctx.get('x-amz-content-sha256');
  const headerNames = signedHeaders.split(';');
  for (const required of ['host', 'x-amz-date', 'x-amz-content-sha256']) {
    if (!headerNames.includes(required)) {
      throw fail('AccessDenied', `The header ${required} must be signed.`);
    }
  }
  if (terminator !== 'aws4_request' || service !== 's3' || !amzDate.startsWith(date)) {
    throw fail('AuthorizationHeaderMalformed', `Malformed credential scope ${credential}.`);
  }

  const [rawPath, rawQuery] = ctx.req.url.split('?');
  const canonicalUri = rawPath
    .split('/')
    .map(segment => encode(decodeURIComponent(segment)))
    .join('/');
  const canonicalHeaders = headerNames
    .map(name => `${name}:${(ctx.req.headers[name] || '').trim().replace(/\s+/g, ' ')}\n`)
    .join('');
  const canonicalRequest = [
    ctx.method,
    canonicalUri,
    canonicalQuery(rawQuery),
    canonicalHeaders,
    signedHeaders,
    payloadHash,
  ].join('\n');
  const scope = `${date}/${region}/${service}/aws4_request`;
  const stringToSign = ['AWS4-HMAC-SHA256', amzDate, scope, sha256Hex(canonicalRequest)].join('\n');
  const signingKey = [date, region, service, 'aws4_request'].reduce(hmac, 'AWS4' + SECRET_KEY);
  const expected = hmac(signingKey, stringToSign).toString('hex');
  if (!crypto.timingSafeEqual(Buffer.from(expected), Buffer.from(signature))) {
    throw fail(
      'SignatureDoesNotMatch',
      'The request signature we calculated does not match the signature you provided. Check your key and signing method.',
    );
  }
}

async function verifyPayload(ctx) {
  const payloadHash = ctx.get('x-amz-content-sha256');
  if (!/^[0-9a-f]{64}$/.test(payloadHash)) {
    throw fail('InvalidRequest', `PUT must sign the payload's SHA-256, not ${payloadHash}.`, 400);
  }
  const chunks = [];
  for await (const chunk of ctx.req) {
    chunks.push(chunk);
  }
  const body = Buffer.concat(chunks);
  if (sha256Hex(body) !== payloadHash) {
    throw fail('XAmzContentSHA256Mismatch', "The provided 'x-amz-content-sha256' header does not match what was computed.", 400);
  }
  const checksum = ctx.get('x-amz-checksum-sha256');
  if (checksum && crypto.createHash('sha256').update(body).digest('base64') !== checksum) {
    throw fail('BadDigest', 'The SHA256 you specified did not match the calculated checksum.', 400);
  }
  // s3rver's controllers read the body from ctx.req: hand them the verified bytes.
  const replay = Readable.from([body]);
  replay.headers = ctx.req.headers;
  ctx.req = replay;
}

async function verify(ctx, next) {
  const record = {
    method: ctx.method,
    path: decodeURIComponent(ctx.req.url.split('?')[0]),
    contentSha256: ctx.get('x-amz-content-sha256') || null,
    checksumSha256: ctx.get('x-amz-checksum-sha256') || null,
    status: undefined,
  };
  try {
    verifySignature(ctx);
    // An object PUT (/bucket/key), not a bucket creation (/bucket).
    if (ctx.method === 'PUT' && record.path.split('/').filter(Boolean).length > 1) {
      await verifyPayload(ctx);
    }
    await next();
    record.status = ctx.status;
  } catch (error) {
    record.status = error.status || 500;
    throw error;
  } finally {
    process.stdout.write(JSON.stringify({ request: record }) + '\n');
  }
}

async function main() {
  const server = new S3rver({
    address: '127.0.0.1',
    port: 0,
    directory,
    silent: true,
    vhostBuckets: false,
  });
  // Before s3rver's router (the last middleware), after its logger and XML encoding.
  server.middleware.splice(server.middleware.length - 1, 0, verify);
  const { port } = await server.run();
  process.stdout.write(JSON.stringify({ listening: port }) + '\n');

  process.stdin.resume();
  process.stdin.on('end', () => server.close().finally(() => process.exit(0)));
}

main().catch(error => {
  console.error(error);
  process.exit(1);
});
