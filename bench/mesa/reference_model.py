"""The benchmark reference model (bench/reference-model.md) in idiomatic Mesa 3.

Agents are `mesa.Agent`s with a `session` method; sessions are events of a
`mesa.experimental.devs.DEVSimulator` (continuous time, unit = one simulated day), so they run in
time order. Prints one JSON object: totals (sessions, posts, impressions, likes, follows), set-up
and simulation seconds, and the rates over the simulation time.

    python bench/mesa/reference_model.py --agents 10000 --seed 1
"""

import argparse
import heapq
import itertools
import json
import math
import time
from collections import deque

import mesa
import numpy as np
from mesa.experimental.devs import DEVSimulator

TOPICS = 8
M = 10
POST_PROBABILITY = 0.3
LIKE_PROBABILITY = 0.2
FOLLOW_PROBABILITY = 0.05
IN_NETWORK = 15
OUT_OF_NETWORK = 5


class User(mesa.Agent):
    """One user: interests θ, session rate λ (per day), followees, own newest posts."""

    def __init__(self, model, index, theta, rate):
        super().__init__(model)
        self.index = index
        self.theta = theta
        self.inverse_norm = 1.0 / math.sqrt(sum(w * w for w in theta))
        self.rate = rate
        self.followees = set()
        self.recent_posts = deque(maxlen=IN_NETWORK)  # own post ids, newest last

    def schedule_next_session(self):
        at = self.model.simulator.time + self.random.expovariate(self.rate)
        if at < self.model.horizon:
            self.model.simulator.schedule_event_absolute(self.session, at)

    def feed(self):
        """15 newest posts by followees, then 5 newest platform posts by non-followees."""
        model = self.model
        users = model.users
        followed = heapq.nlargest(
            IN_NETWORK, itertools.chain.from_iterable(users[f].recent_posts for f in self.followees))
        others = []
        authors = model.post_author
        for post in range(len(authors) - 1, -1, -1):
            author = authors[post]
            if author != self.index and author not in self.followees:
                others.append(post)
                if len(others) == OUT_OF_NETWORK:
                    break
        return followed + others

    def session(self):
        model = self.model
        model.sessions += 1
        if self.random.random() < POST_PROBABILITY:
            topic = self.random.choices(range(TOPICS), weights=self.theta)[0]
            post = len(model.post_author)
            model.post_author.append(self.index)
            model.post_topic.append(topic)
            self.recent_posts.append(post)
            model.posts += 1
        for post in self.feed():
            model.impressions += 1
            similarity = self.theta[model.post_topic[post]] * self.inverse_norm
            if self.random.random() < LIKE_PROBABILITY * similarity:
                model.likes += 1
                author = model.post_author[post]
                if author not in self.followees and self.random.random() < FOLLOW_PROBABILITY:
                    self.followees.add(author)
                    model.follows += 1
        self.schedule_next_session()


class ReferenceModel(mesa.Model):
    """N users on a preferential-attachment follow graph, simulated for `horizon` days."""

    def __init__(self, agents, seed, horizon=1.0):
        super().__init__(seed=seed)
        self.horizon = horizon
        self.sessions = self.posts = self.impressions = self.likes = self.follows = 0
        self.post_author = []
        self.post_topic = []
        rng = np.random.default_rng(seed)
        thetas = rng.dirichlet([0.3] * TOPICS, size=agents).tolist()
        rates = np.clip(rng.lognormal(math.log(3), 1.0, size=agents), 0.1, 50).tolist()
        self.users = [User(self, i, thetas[i], rates[i]) for i in range(agents)]
        self.build_graph(agents)
        self.simulator = DEVSimulator()
        self.simulator.setup(self)
        for user in self.users:
            user.schedule_next_session()

    def build_graph(self, agents):
        """Agents 0..M follow each other; each later agent follows M distinct earlier agents
        drawn with probability proportional to in-degree + 1."""
        core = min(M + 1, agents)
        # Every node appears once (the +1) plus once per follower it has.
        urn = []
        for i in range(core):
            for j in range(core):
                if i != j:
                    self.users[i].followees.add(j)
            urn.extend([i] * core)  # itself (+1) and core-1 followers
        choice = self.random.choice
        for i in range(core, agents):
            chosen = self.users[i].followees
            while len(chosen) < M:
                chosen.add(choice(urn))
            urn.extend(chosen)
            urn.append(i)

    def run(self):
        self.simulator.run_until(self.horizon)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--agents", type=int, default=10_000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--days", type=float, default=1.0)
    args = parser.parse_args()
    started = time.perf_counter()
    model = ReferenceModel(args.agents, args.seed, args.days)
    built = time.perf_counter()
    cpu_before = time.process_time()
    model.run()
    finished = time.perf_counter()
    cpu = time.process_time() - cpu_before
    simulate = finished - built
    print(json.dumps({
        "framework": "mesa", "mesa_version": mesa.__version__, "agents": args.agents, "seed": args.seed,
        "sessions": model.sessions, "posts": model.posts, "impressions": model.impressions,
        "likes": model.likes, "follows": model.follows,
        "setup_seconds": built - started, "simulate_seconds": simulate, "total_seconds": finished - started,
        "simulate_cpu_seconds": cpu, "sessions_per_cpu_second": model.sessions / cpu,
        "sessions_per_second": model.sessions / simulate, "impressions_per_second": model.impressions / simulate,
    }))


if __name__ == "__main__":
    main()
