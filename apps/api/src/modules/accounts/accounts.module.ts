import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { MailModule } from '../mail/mail.module';
import { AccountsDemoSeed } from './accounts-demo.seed';
import { AccountTokenRepository } from './account-token.repository';
import { AccountResolver } from './account.resolver';
import { AccountsService } from './accounts.service';
import { AuthResolver } from './auth.resolver';
import { AuthService } from './auth.service';
import { AccountTokenEntity } from './entities/account-token.entity';
import { OrganizationAdminEntity } from './entities/organization-admin.entity';
import { OrganizationDomainEntity } from './entities/organization-domain.entity';
import { OrganizationEntity } from './entities/organization.entity';
import { PremiumGrantEntity } from './entities/premium-grant.entity';
import { UserEntity } from './entities/user.entity';
import { MembershipService } from './membership.service';
import { OrganizationRepository } from './organization.repository';
import { OrganizationResolver } from './organization.resolver';
import { OrganizationsService } from './organizations.service';
import { PasswordHasher } from './password-hasher';
import { PremiumGrantRepository } from './premium-grant.repository';
import { SessionRepository } from './session.repository';
import { UserRepository } from './user.repository';

@Module({
  imports: [
    TypeOrmModule.forFeature([UserEntity, AccountTokenEntity, PremiumGrantEntity, OrganizationEntity, OrganizationDomainEntity, OrganizationAdminEntity]),
    MailModule,
  ],
  providers: [
    UserRepository,
    AccountTokenRepository,
    SessionRepository,
    PremiumGrantRepository,
    OrganizationRepository,
    PasswordHasher,
    AuthService,
    AccountsService,
    MembershipService,
    OrganizationsService,
    AuthResolver,
    AccountResolver,
    OrganizationResolver,
    AccountsDemoSeed,
  ],
  exports: [AccountsDemoSeed, MembershipService, AccountsService, AuthService, OrganizationsService, UserRepository, PasswordHasher, PremiumGrantRepository],
})
export class AccountsModule {}
