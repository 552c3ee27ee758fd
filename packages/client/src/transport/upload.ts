// Upload progress. fetch reports it only with streaming request bodies, which browsers
// allow only over HTTP/2; XMLHttpRequest reports it everywhere a browser runs. So in a
// browser uploads go through XMLHttpRequest behind a fetch-compatible function (ky keeps
// doing retries, timeouts and aborts); elsewhere ky's streaming progress is used where
// the runtime supports it, and the caller always sees a start (0) and an end (100%).

/** Progress of one upload. */
export interface UploadProgress {
  /** Bytes sent so far. */
  loaded: number;
  /** Bytes in all. */
  total: number;
  /** 0 to 1. */
  percent: number;
}

function parseHeaders(raw: string): Headers {
  const headers = new Headers();
  for (const line of raw.trim().split(/[\r\n]+/)) {
    const colon = line.indexOf(':');
    if (colon > 0) headers.append(line.slice(0, colon).trim(), line.slice(colon + 1).trim());
  }
  return headers;
}

/** Whether this runtime has XMLHttpRequest with upload events (browsers). */
export function hasXhrUploads(): boolean {
  return typeof XMLHttpRequest !== 'undefined' && 'upload' in XMLHttpRequest.prototype;
}

/** A `fetch` that sends through XMLHttpRequest and reports upload progress. */
export function xhrFetch(onProgress: (loaded: number, total: number) => void): typeof fetch {
  return async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const request = new Request(input, init);
    const body = request.method === 'GET' || request.method === 'HEAD' ? null : await request.blob();
    return new Promise<Response>((resolve, reject) => {
      const xhr = new XMLHttpRequest();
      xhr.open(request.method, request.url);
      xhr.responseType = 'arraybuffer';
      request.headers.forEach((value, name) => xhr.setRequestHeader(name, value));
      const abort = () => xhr.abort();
      if (request.signal.aborted) {
        reject(request.signal.reason);
        return;
      }
      request.signal.addEventListener('abort', abort, { once: true });
      const done = () => request.signal.removeEventListener('abort', abort);
      xhr.upload.onprogress = (event) => onProgress(event.loaded, event.lengthComputable ? event.total : (body?.size ?? 0));
      xhr.onload = () => {
        done();
        const status = xhr.status;
        const nullBody = status === 204 || status === 205 || status === 304;
        resolve(new Response(nullBody ? null : xhr.response, { status, statusText: xhr.statusText, headers: parseHeaders(xhr.getAllResponseHeaders()) }));
      };
      xhr.onerror = () => {
        done();
        reject(new TypeError('Failed to fetch'));
      };
      xhr.onabort = () => {
        done();
        reject(request.signal.reason ?? new DOMException('The upload was aborted', 'AbortError'));
      };
      xhr.send(body);
    });
  };
}
