// SPDX-License-Identifier: GPL-2.0
/*
 * Story: include-compat/linux/cpuhotplug.h
 *
 * The dynamic CPU hotplug state KVM runs in on hosts without
 * CPUHP_AP_KVM_ONLINE, and the hotplug states over the host's CPU
 * notifiers on hosts without the state machine (see
 * include-compat/linux/cpuhotplug.h).
 */
#include <linux/cpuhotplug.h>

#ifndef KBP_HAVE_CPUHP_AP_KVM_ONLINE
int kbp_cpuhp_kvm_online_state;
#endif

#ifndef KBP_HAVE_CPUHP_SETUP_STATE
#include <linux/bug.h>
#include <linux/cpu.h>
#include <linux/errno.h>
#include <linux/kernel.h>
#include <linux/mutex.h>
#include <linux/notifier.h>
#include <linux/smp.h>
#include <linux/string.h>

struct kbp_cpuhp_step {
	struct notifier_block nb;	/* notifier_call set: in use */
	enum cpuhp_state state;
	int (*startup)(unsigned int cpu);
	int (*teardown)(unsigned int cpu);
};

static struct kbp_cpuhp_step kbp_cpuhp_steps[KBP_CPUHP_ONLINE];
static DEFINE_MUTEX(kbp_cpuhp_lock);

struct kbp_cpuhp_call {
	int (*fn)(unsigned int cpu);
	int ret;
};

static void kbp_cpuhp_call_here(void *data)
{
	struct kbp_cpuhp_call *c = data;

	c->ret = c->fn(smp_processor_id());
}

/* fn(cpu) on that CPU, interrupts off */
static int kbp_cpuhp_call_on(int (*fn)(unsigned int cpu), unsigned int cpu)
{
	struct kbp_cpuhp_call c = { .fn = fn };

	if (!fn)
		return 0;
	smp_call_function_single(cpu, kbp_cpuhp_call_here, &c, 1);
	return c.ret;
}

static int kbp_cpuhp_notify(struct notifier_block *nb, unsigned long action,
			    void *hcpu)
{
	struct kbp_cpuhp_step *s = container_of(nb, struct kbp_cpuhp_step, nb);
	unsigned int cpu = (unsigned long)hcpu;

	if (s->state < CPUHP_AP_ONLINE) {
		/* on the CPU itself, interrupts off */
		switch (action & ~CPU_TASKS_FROZEN) {
		case CPU_STARTING:
			if (s->startup)
				s->startup(cpu);
			break;
		case CPU_DYING:
			if (s->teardown)
				s->teardown(cpu);
			break;
		}
		return NOTIFY_OK;
	}

	switch (action & ~CPU_TASKS_FROZEN) {
	case CPU_ONLINE:
	case CPU_DOWN_FAILED:
		kbp_cpuhp_call_on(s->startup, cpu);
		break;
	case CPU_DOWN_PREPARE:
		kbp_cpuhp_call_on(s->teardown, cpu);
		break;
	}
	return NOTIFY_OK;
}

int kbp_cpuhp_setup_state(enum cpuhp_state state, const char *name,
			  bool invoke, int (*startup)(unsigned int cpu),
			  int (*teardown)(unsigned int cpu),
			  bool multi_instance)
{
	struct kbp_cpuhp_step *s;
	unsigned int cpu, done;
	int ret = 0, r;

	if (WARN_ON_ONCE(multi_instance))
		return -EINVAL;

	mutex_lock(&kbp_cpuhp_lock);
	if (state == CPUHP_AP_ONLINE_DYN) {
		for (r = CPUHP_AP_ONLINE_DYN; r < CPUHP_AP_ONLINE_DYN_END; r++)
			if (!kbp_cpuhp_steps[r].nb.notifier_call)
				break;
		if (r == CPUHP_AP_ONLINE_DYN_END) {
			ret = -ENOSPC;
			goto out;
		}
		state = r;
		ret = r;	/* as upstream: the dynamic state's number */
	} else if (WARN_ON_ONCE(state <= KBP_CPUHP_OFFLINE ||
				state >= KBP_CPUHP_ONLINE ||
				kbp_cpuhp_steps[state].nb.notifier_call)) {
		ret = -EINVAL;
		goto out;
	}

	s = &kbp_cpuhp_steps[state];
	s->state = state;
	s->startup = startup;
	s->teardown = teardown;
	s->nb.notifier_call = kbp_cpuhp_notify;
	r = register_cpu_notifier(&s->nb);
	if (r) {
		memset(s, 0, sizeof(*s));
		ret = r;
		goto out;
	}

	if (invoke && startup) {
		get_online_cpus();
		for_each_online_cpu(cpu) {
			r = kbp_cpuhp_call_on(startup, cpu);
			if (!r)
				continue;
			/* undo on the CPUs done, as upstream */
			for_each_online_cpu(done) {
				if (done == cpu)
					break;
				kbp_cpuhp_call_on(teardown, done);
			}
			put_online_cpus();
			unregister_cpu_notifier(&s->nb);
			memset(s, 0, sizeof(*s));
			ret = r;
			goto out;
		}
		put_online_cpus();
	}
out:
	mutex_unlock(&kbp_cpuhp_lock);
	return ret;
}

void kbp_cpuhp_remove_state(enum cpuhp_state state, bool invoke)
{
	struct kbp_cpuhp_step *s;
	unsigned int cpu;

	if (WARN_ON_ONCE(state <= KBP_CPUHP_OFFLINE || state >= KBP_CPUHP_ONLINE))
		return;

	mutex_lock(&kbp_cpuhp_lock);
	s = &kbp_cpuhp_steps[state];
	if (WARN_ON_ONCE(!s->nb.notifier_call))
		goto out;
	unregister_cpu_notifier(&s->nb);
	if (invoke && s->teardown) {
		get_online_cpus();
		for_each_online_cpu(cpu)
			kbp_cpuhp_call_on(s->teardown, cpu);
		put_online_cpus();
	}
	memset(s, 0, sizeof(*s));
out:
	mutex_unlock(&kbp_cpuhp_lock);
}
#endif
