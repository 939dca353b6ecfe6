/* The C reference for `npm run bench:sim`: the one-request cold-start model of
 * src/sim/models/cold-start.ts in a tight loop, with the same generator (xoshiro128**, seeded by
 * splitmix32 and subSeed), the same heaps (indexed binary min-heaps) and the same log histogram,
 * so it simulates the very same requests. The bench compares wall time and checks the results
 * agree. Usage: bench-sim-ref HORIZON_S (rate 10/s, 2 s exponential, init 200 ms, keep-alive 600 s). */
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <time.h>

typedef struct { uint32_t s[4]; } rng_t;

static uint32_t splitmix_next(uint32_t *state) {
  *state += 0x9e3779b9u;
  uint32_t z = *state;
  z = (z ^ (z >> 16)) * 0x85ebca6bu;
  z = (z ^ (z >> 13)) * 0xc2b2ae35u;
  return z ^ (z >> 16);
}

static void rng_init(rng_t *r, uint32_t seed) {
  uint32_t st = seed;
  for (int i = 0; i < 4; i++) r->s[i] = splitmix_next(&st);
  if ((r->s[0] | r->s[1] | r->s[2] | r->s[3]) == 0) r->s[0] = 1;
}

static uint32_t sub_seed(uint32_t seed, uint32_t stream) {
  uint32_t st = seed ^ ((stream + 1) * 0x632be5abu);
  return splitmix_next(&st);
}

static inline uint32_t rng_u32(rng_t *r) {
  uint32_t x = r->s[1] * 5;
  uint32_t result = ((x << 7) | (x >> 25)) * 9;
  uint32_t t = r->s[1] << 9;
  r->s[2] ^= r->s[0];
  r->s[3] ^= r->s[1];
  r->s[1] ^= r->s[2];
  r->s[0] ^= r->s[3];
  r->s[2] ^= t;
  r->s[3] = (r->s[3] << 11) | (r->s[3] >> 21);
  return result;
}

static inline double rng_exp(rng_t *r, double mean) {
  return -log(((double)rng_u32(r) + 0.5) * 2.3283064365386963e-10) * mean;
}

/* Indexed min-heap over ids 0..cap-1. */
typedef struct { int *heap, *pos; double *keys; int size, cap; } iheap_t;

static void ih_init(iheap_t *h, int cap) {
  h->heap = malloc(sizeof(int) * cap);
  h->pos = malloc(sizeof(int) * cap);
  h->keys = malloc(sizeof(double) * cap);
  for (int i = 0; i < cap; i++) h->pos[i] = -1;
  h->size = 0;
  h->cap = cap;
}
static void ih_up(iheap_t *h, int i) {
  int id = h->heap[i];
  double key = h->keys[id];
  while (i > 0) {
    int p = (i - 1) >> 1, pid = h->heap[p];
    if (h->keys[pid] <= key) break;
    h->heap[i] = pid; h->pos[pid] = i; i = p;
  }
  h->heap[i] = id; h->pos[id] = i;
}
static void ih_down(iheap_t *h, int i) {
  int n = h->size, id = h->heap[i];
  double key = h->keys[id];
  for (;;) {
    int c = 2 * i + 1;
    if (c >= n) break;
    int cid = h->heap[c];
    if (c + 1 < n && h->keys[h->heap[c + 1]] < h->keys[cid]) { c++; cid = h->heap[c]; }
    if (h->keys[cid] >= key) break;
    h->heap[i] = cid; h->pos[cid] = i; i = c;
  }
  h->heap[i] = id; h->pos[id] = i;
}
static void ih_push(iheap_t *h, int id, double key) {
  h->keys[id] = key;
  int i = h->size++;
  h->heap[i] = id; h->pos[id] = i;
  ih_up(h, i);
}
static void ih_remove_at(iheap_t *h, int i) {
  int gone = h->heap[i];
  h->pos[gone] = -1;
  int last = --h->size;
  if (i == last) return;
  int moved = h->heap[last];
  h->heap[i] = moved; h->pos[moved] = i;
  ih_down(h, i);
  if (h->heap[i] == moved) ih_up(h, i);
}
static int ih_pop(iheap_t *h) { int id = h->heap[0]; ih_remove_at(h, 0); return id; }
static void ih_remove(iheap_t *h, int id) { int i = h->pos[id]; if (i >= 0) ih_remove_at(h, i); }
static inline double ih_top_key(iheap_t *h) { return h->size > 0 ? h->keys[h->heap[0]] : INFINITY; }

int main(int argc, char **argv) {
  const double horizon = argc > 1 ? atof(argv[1]) : 1e6;
  const double rate = 10, mean_s = 2.0, init_s = 0.2, keep_alive = 600;
  const int max_conc = 1000, cap = 1 << 16;
  rng_t arr, dur;
  rng_init(&arr, sub_seed(1, 0));
  rng_init(&dur, sub_seed(1, 1));
  iheap_t busy, idle_newest, idle_expiry;
  ih_init(&busy, cap); ih_init(&idle_newest, cap); ih_init(&idle_expiry, cap);
  int *free_slots = malloc(sizeof(int) * cap), free_count = 0, next_slot = 0;
  double *created = malloc(sizeof(double) * cap), created_count = 0;
  /* The log histogram: 0.01 .. 1e9 ms, 1% buckets. */
  const double log_min = log(0.01), inv_log_g = 1 / log(1.01);
  const int nb = (int)ceil((log(1e9) - log_min) * inv_log_g) + 1;
  double *counts = calloc(nb, sizeof(double)), sum = 0;

  struct timespec t0, t1;
  clock_gettime(CLOCK_MONOTONIC, &t0);
  double t = 0, ta = rng_exp(&arr, 1 / rate), area_alive = 0, area_busy = 0;
  long requests = 0, cold = 0, rejected = 0;
  int busy_count = 0, alive = 0;
  for (;;) {
    double until = ta < horizon ? ta : horizon;
    for (;;) {
      double tc = ih_top_key(&busy), te = ih_top_key(&idle_expiry);
      if (tc <= te) {
        if (tc > until) break;
        area_busy += busy_count * (tc - t); area_alive += alive * (tc - t); t = tc;
        int slot = ih_pop(&busy);
        busy_count--;
        ih_push(&idle_newest, slot, -created[slot]);
        ih_push(&idle_expiry, slot, tc + keep_alive);
      } else {
        if (te > until || te == INFINITY) break;
        area_busy += busy_count * (te - t); area_alive += alive * (te - t); t = te;
        int slot = ih_pop(&idle_expiry);
        ih_remove(&idle_newest, slot);
        alive--;
        free_slots[free_count++] = slot;
      }
    }
    if (ta > horizon) {
      area_busy += busy_count * (horizon - t); area_alive += alive * (horizon - t); t = horizon;
      break;
    }
    area_busy += busy_count * (ta - t); area_alive += alive * (ta - t); t = ta;
    requests++;
    double d = rng_exp(&dur, mean_s), latency = d;
    int slot;
    if (idle_newest.size > 0) {
      slot = ih_pop(&idle_newest);
      ih_remove(&idle_expiry, slot);
    } else if (busy_count >= max_conc) {
      rejected++;
      ta += rng_exp(&arr, 1 / rate);
      continue;
    } else {
      slot = free_count > 0 ? free_slots[--free_count] : next_slot++;
      created[slot] = created_count++;
      alive++;
      cold++;
      latency = init_s + d;
    }
    busy_count++;
    ih_push(&busy, slot, ta + latency);
    double v = latency * 1000;
    sum += v;
    int i = v > 0.01 ? (int)((log(v) - log_min) * inv_log_g) : 0;
    if (i >= nb) i = nb - 1;
    counts[i]++;
    ta += rng_exp(&arr, 1 / rate);
  }
  clock_gettime(CLOCK_MONOTONIC, &t1);
  double secs = (t1.tv_sec - t0.tv_sec) + (t1.tv_nsec - t0.tv_nsec) / 1e9;
  printf("{\"requests\":%ld,\"coldStarts\":%ld,\"rejected\":%ld,\"meanInstances\":%.12g,"
         "\"meanBusy\":%.12g,\"meanLatencyMs\":%.12g,\"seconds\":%.6f}\n",
         requests, cold, rejected, area_alive / t, area_busy / t, sum / requests, secs);
  return 0;
}
