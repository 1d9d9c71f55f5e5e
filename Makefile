# python-debug stacks: the entry point for everything.
#
#   make build    deps + sources + RPMs (both specs' configurations) + repo
#   make test     throw-away sandbox root + dnf install + the tests (prove)
#
# Run `make help` for the individual steps.  Every long step prints one line
# per phase and keeps its full log under $(LOGDIR).

SHELL      := /bin/bash
.SHELLFLAGS := -eu -o pipefail -c
TOP        := $(CURDIR)
OUT        := $(TOP)/_build
TOPDIR     := $(OUT)/rpmbuild
NODEBUG    := $(OUT)/rpmbuild-nodebug
REPO       := $(OUT)/repo
SANDBOX    := $(OUT)/sandbox
LOGDIR     := $(OUT)/logs
SOURCEDIR  := $(TOP)/SOURCES
SPECS      := python python3
# Extension specs (extensions/*/NAME.spec), in build order: each is built in
# a fresh build root with the packages built before it (setuptools first).
EXT_SPECS  := python-setuptools python3-setuptools python-coverage python3-coverage \
              python-psycopg2 python3-psycopg2
EXTTOP     := $(OUT)/rpmbuild-ext
EXTNODEBUG := $(OUT)/rpmbuild-ext-nodebug
BUILDROOT_SB := $(OUT)/buildroot
RUN        := $(TOP)/scripts/run-logged

# ccache, when installed, makes a second `make build` (or `make bench`'s
# rpmbuild -bc) reuse the objects of the first: same sources and flags in
# the same directory.  No CCACHE_BASEDIR: ccache's rewriting of absolute
# paths into relative ones makes gcc reject the PGO profile of the
# optimized builds ("source locations for function 'main' have changed").
# The specs do not need it.
ifneq ($(wildcard /usr/lib/ccache/gcc),)
export PATH := /usr/lib/ccache:$(PATH)
export CCACHE_DIR ?= $(OUT)/ccache
unexport CCACHE_BASEDIR
endif

# rpmbuild reads the spec's sources from SOURCES/ (tarballs fetched there,
# patches linked there) and writes everything else under _build/.
RPMBUILD_DEFS = --define "_topdir $(1)" --define "_sourcedir $(OUT)/sources-$(2)" \
                --define "_srcrpmdir $(1)/SRPMS" --define "_rpmdir $(1)/RPMS"
# Debian's rpmdb knows none of the host's packages, so BuildRequires can't
# be checked there (`make deps` installed them); on Fedora they are checked.
NODEPS     := $(if $(wildcard /etc/debian_version),--nodeps,)
# Extra rpmbuild options, e.g. RPMBUILD_OPTS='--define "check_subset 1"'.
RPMBUILD_OPTS ?=

# Debian packages needed to build the specs, run the tests and the sandbox.
# (Fedora: `dnf builddep python.spec` gives the build dependencies.)
DEB_DEPS := rpm dnf createrepo-c rpmlint debugedit rpm2cpio cpio file patch \
    build-essential autoconf autoconf-archive automake pkg-config gdb ccache \
    libssl-dev libffi-dev zlib1g-dev libbz2-dev libsqlite3-dev libreadline-dev \
    libncurses-dev libgdbm-dev libgdbm-compat-dev libdb-dev libexpat1-dev \
    liblzma-dev uuid-dev xz-utils gnupg perl \
    postgresql libpq-dev
# postgresql (Fedora: postgresql-server) runs a throw-away cluster for the
# psycopg2 tests (tests/pg-cluster); libpq-dev (Fedora: libpq-devel) builds psycopg2.

.PHONY: help deps sources srpm rpm rpm-nodebug repo ext ext-nodebug sandbox sandbox-down \
        build test check lint bench clean distclean
.DEFAULT_GOAL := help

help:
	@echo "make build        deps, sources, RPMs of the specs, repo, then the extension specs (build roots)"
	@echo "make test         the --without debug_build RPMs the tests compare with, sandbox root + dnf install + tests (prove)"
	@echo "make bench        timings: debug vs debug without our instrumentation, optimized vs debug (bench/README.md)"
	@echo "steps: deps sources srpm rpm rpm-nodebug repo ext ext-nodebug sandbox sandbox-down check lint clean distclean"
	@echo "variables: SPECS='$(SPECS)'  RPMBUILD_OPTS='...'  SAMPLES=5 SCALE=0.5 (make bench)  (logs in $(LOGDIR))"

# Any other target name is a mistake: say so instead of make's generic text.
.DEFAULT:
	@echo "make: unknown target '$@' (see 'make help')" >&2; exit 2

deps:
	@if [ -r /etc/fedora-release ] || [ -r /etc/redhat-release ]; then \
	    echo "On Fedora/RHEL use: dnf builddep $(addsuffix .spec,$(SPECS)); dnf install createrepo_c rpmlint perl-Test-Harness"; exit 0; \
	fi; \
	command -v apt-get >/dev/null || { echo "deps: need apt-get (Debian) or dnf builddep (Fedora)" >&2; exit 1; }; \
	missing=$$(for p in $(DEB_DEPS); do dpkg-query -W -f='$${Status}\n' $$p 2>/dev/null | grep -q 'ok installed' || echo $$p; done); \
	if [ -z "$$missing" ]; then echo "==> deps: all installed"; exit 0; fi; \
	echo "==> deps: installing $$missing"; \
	$(RUN) "apt-get update" $(LOGDIR)/apt-update.log apt-get update; \
	$(RUN) "apt-get install" $(LOGDIR)/apt-install.log env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends $$missing

# Tarballs from Debian's source archive, verified against `sources`, in
# SOURCES/; rpmbuild reads each spec's sources from its own directory
# ($(OUT)/sources-SPEC) where the tarballs, patches and keys are linked.
sources:
	@mkdir -p $(SOURCEDIR)
	@$(TOP)/scripts/fetch-sources $(addprefix --optional ,$(OPTIONAL_FILES)) $(SOURCEDIR) $(SOURCE_FILES)
	@$(foreach spec,$(SPECS),d=$(OUT)/sources-$(spec); rm -rf $$d; mkdir -p $$d; \
	    ln -s $(addprefix $(SOURCEDIR)/,$(SOURCE_FILES_$(spec))) \
	          $(wildcard $(addprefix $(SOURCEDIR)/,$(OPTIONAL_FILES_$(spec)))) \
	          $(wildcard $(TOP)/patches/$(spec)/*.patch $(TOP)/keys/$(spec)-*.asc) \
	          $(addprefix $(TOP)/macros/,$(MACROS_$(spec))) \
	          $(TOP)/tools/leakhunt/leakhunt.py $$d/;)
	@$(foreach spec,$(EXT_SPECS),d=$(OUT)/sources-$(spec); rm -rf $$d; mkdir -p $$d; \
	    ln -s $(addprefix $(SOURCEDIR)/,$(SOURCE_FILES_$(spec))) \
	          $(wildcard $(dir $(call ext_spec,$(spec)))*.patch) $$d/;)

# Each spec's files from `sources`; optional ones (an upstream signature,
# which the spec checks when present) may be missing.
SOURCE_FILES = $(foreach s,$(SPECS) $(EXT_SPECS),$(SOURCE_FILES_$(s)))
OPTIONAL_FILES = $(foreach s,$(SPECS),$(OPTIONAL_FILES_$(s)))
SOURCE_FILES_python  := Python-2.7.18.tgz
SOURCE_FILES_python3 := Python-3.13.15.tar.xz
OPTIONAL_FILES_python3 := Python-3.13.15.tar.xz.asc
SOURCE_FILES_python-setuptools  := setuptools-44.1.1.tar.gz
SOURCE_FILES_python3-setuptools := setuptools-80.9.0.tar.gz
SOURCE_FILES_python-coverage    := coveragepy-coverage-5.5.tar.gz
SOURCE_FILES_python3-coverage   := coveragepy-7.11.3.tar.gz
SOURCE_FILES_python-psycopg2    := psycopg2-2_8_6.tar.gz
SOURCE_FILES_python3-psycopg2   := psycopg2-2.9.12.tar.gz
# The extension-packaging macros each interpreter spec installs in -devel.
MACROS_python  := macros.py2-debug
MACROS_python3 := macros.py3-debug
# extensions/DIR/NAME.spec of an extension spec NAME.
ext_spec = $(firstword $(wildcard $(TOP)/extensions/*/$(1).spec))

srpm: sources
	@$(foreach spec,$(SPECS),$(RUN) "rpmbuild -bs $(spec).spec" $(LOGDIR)/srpm-$(spec).log \
	    rpmbuild -bs $(NODEPS) $(call RPMBUILD_DEFS,$(TOPDIR),$(spec)) $(TOP)/$(spec).spec;)

# RPMBUILD_OPTS applies to every spec, RPMBUILD_OPTS_<spec> to one.
# --noclean keeps the build trees (rpm removes them otherwise) for `make bench`.
rpm: sources
	@$(foreach spec,$(SPECS),$(RUN) "rpmbuild -ba $(spec).spec" $(LOGDIR)/rpmbuild-$(spec).log \
	    rpmbuild -ba --noclean $(NODEPS) $(call RPMBUILD_DEFS,$(TOPDIR),$(spec)) \
	        $(RPMBUILD_OPTS) $(RPMBUILD_OPTS_$(spec)) $(TOP)/$(spec).spec;)

# The same specs with the debug build switched off, for `make test` only:
# the tests compare the optimized subpackages of both, which must not differ
# in any path or ELF dynamic-section entry.  (No %check here: the suites
# already ran in `make rpm`.  --without optimizations: PGO and LTO change
# neither, and skipping them saves the training run and the LTO link.)
# Skipped while its stamp is newer than the spec, its patches and the RPMs
# of `make rpm`.
rpm-nodebug: sources
	@$(foreach spec,$(SPECS),stamp=$(NODEBUG)/stamp-$(spec); \
	  if [ -f $$stamp ] && [ -z "$$(find $(TOP)/$(spec).spec $(TOP)/patches/$(spec) $(TOPDIR)/RPMS -newer $$stamp -print -quit 2>/dev/null)" ]; then \
	    echo "==> rpmbuild -bb --without debug_build --without optimizations $(spec).spec: up to date"; \
	  else rm -f $$stamp; \
	    $(RUN) "rpmbuild -bb --without debug_build --without optimizations $(spec).spec" $(LOGDIR)/rpmbuild-nodebug-$(spec).log \
	    rpmbuild -bb --nocheck --without debug_build --without optimizations $(NODEPS) $(call RPMBUILD_DEFS,$(NODEBUG),$(spec)) \
	        $(RPMBUILD_OPTS) $(RPMBUILD_OPTS_$(spec)) $(TOP)/$(spec).spec || exit 1; touch $$stamp; \
	  fi;)

# A dnf repository of the built RPMs plus the sandbox's host-libraries fixture.
repo:
	@test -d $(TOPDIR)/RPMS || { echo "repo: no RPMs yet (run make rpm)" >&2; exit 1; }
	@rm -rf $(REPO); mkdir -p $(REPO)
	@find $(TOPDIR)/RPMS $(wildcard $(EXTTOP)/RPMS) -name '*.rpm' -exec cp -l {} $(REPO)/ \;
	@$(TOP)/scripts/mk-hostlibs-rpm $(REPO) > $(LOGDIR)/hostlibs.log
	@createrepo_c -q $(REPO)
	@echo "==> repo: $(REPO) ($$(ls $(REPO)/*.rpm | wc -l) packages)"

# The extension specs, each built in a fresh build root (scripts/build-in-root:
# dnf installs its BuildRequires from the repository, rpmbuild runs chrooted
# there), like mock or Koji do; the repository is refreshed after each one,
# so that the next one can use it (coverage BuildRequires setuptools).
ext: sources
	@test -f $(REPO)/repodata/repomd.xml || { echo "ext: no repository of the interpreter packages yet (run make rpm repo)" >&2; exit 1; }
	@$(foreach spec,$(EXT_SPECS),$(RUN) "rpmbuild -ba $(spec).spec (build root)" $(LOGDIR)/ext-$(spec).log \
	    $(TOP)/scripts/build-in-root $(BUILDROOT_SB) $(REPO) $(call ext_spec,$(spec)) $(OUT)/sources-$(spec) $(EXTTOP) \
	        $(RPMBUILD_OPTS_$(spec)) || exit 1; \
	    $(MAKE) --no-print-directory repo > /dev/null || exit 1;)
	@echo "==> repo: $(REPO) ($$(ls $(REPO)/*.rpm | wc -l) packages)"

# The extension specs that have a debug build, with it switched off, for
# `make test` only (the tests compare the packages of both).  Skipped while
# its stamp is newer than the spec and the RPMs of `make ext`.
EXT_DEBUG_SPECS := python-coverage python3-coverage python-psycopg2 python3-psycopg2
ext-nodebug: sources
	@mkdir -p $(EXTNODEBUG)
	@$(foreach spec,$(EXT_DEBUG_SPECS),stamp=$(EXTNODEBUG)/stamp-$(spec); \
	  if [ -f $$stamp ] && [ -z "$$(find $(call ext_spec,$(spec)) $(EXTTOP)/RPMS -newer $$stamp -print -quit 2>/dev/null)" ]; then \
	    echo "==> rpmbuild -ba --without debug_build $(spec).spec: up to date"; \
	  else rm -f $$stamp; \
	    $(RUN) "rpmbuild -ba --without debug_build $(spec).spec (build root)" $(LOGDIR)/ext-nodebug-$(spec).log \
	      $(TOP)/scripts/build-in-root $(BUILDROOT_SB) $(REPO) $(call ext_spec,$(spec)) $(OUT)/sources-$(spec) $(EXTNODEBUG) \
	        --without debug_build $(RPMBUILD_OPTS_$(spec)) || exit 1; touch $$stamp; \
	  fi;)

build: deps sources rpm repo ext

sandbox:
	@$(TOP)/scripts/sandbox up $(SANDBOX) $(REPO)

sandbox-down:
	@$(TOP)/scripts/sandbox down $(SANDBOX)

# The tests install into the sandbox with dnf and run what got installed.
check test: rpm-nodebug ext-nodebug sandbox
	@status=0; cd $(TOP) && OUT=$(OUT) SANDBOX=$(SANDBOX) TOPDIR=$(TOPDIR) NODEBUG=$(NODEBUG) \
	    EXTTOP=$(EXTTOP) EXTNODEBUG=$(EXTNODEBUG) \
	    $(foreach s,$(SPECS),OPTIMIZATIONS_$(s)=$(if $(findstring --without optimizations,$(RPMBUILD_OPTS) $(RPMBUILD_OPTS_$(s))),0,1)) \
	    $(foreach s,$(SPECS),STATIC_INTERPRETER_$(s)=$(if $(findstring --without static_interpreter,$(RPMBUILD_OPTS) $(RPMBUILD_OPTS_$(s))),0,1)) \
	    prove --timer -v tests/common $(addprefix tests/,$(SPECS)) $(if $(EXT_SPECS),tests/extensions tests/psycopg2) 2>&1 | tee $(LOGDIR)/prove.log || status=$$?; \
	$(TOP)/scripts/sandbox down $(SANDBOX); exit $$status

# Timings of the rpmbuild trees' interpreters, A and B alternating
# (bench/README.md): never a pass/fail.  Uses the build trees `make rpm`
# keeps, or runs the specs' %prep and %build itself.
SAMPLES ?= 5
SCALE   ?= 0.5
bench: sources
	@SPECS='$(SPECS)' SAMPLES='$(SAMPLES)' SCALE='$(SCALE)' \
	    RPMBUILD_OPTS='$(RPMBUILD_OPTS)' $(TOP)/bench/make-bench

lint:
	@rpmlint -c $(TOP)/tests/rpmlint.toml $(addprefix $(TOP)/,$(addsuffix .spec,$(SPECS))) $(TOPDIR)/RPMS/*/*.rpm $(TOPDIR)/SRPMS/*.rpm
	@$(foreach s,$(EXT_SPECS),rpmlint -c $(TOP)/tests/rpmlint-extensions.toml $(call ext_spec,$(s)) \
	    $(wildcard $(EXTTOP)/SRPMS/$(s)-[0-9]*.rpm $(EXTTOP)/RPMS/*/$(s)-[0-9]*.rpm $(EXTTOP)/RPMS/*/$(s)-debug-[0-9]*.rpm);)

clean:
	@$(TOP)/scripts/sandbox down $(SANDBOX) 2>/dev/null || true
	@$(TOP)/scripts/sandbox down $(BUILDROOT_SB) 2>/dev/null || true
	rm -rf $(OUT)

distclean: clean
	rm -rf $(SOURCEDIR)
